using Dispatch.Gateway.Hosting;

namespace Dispatch.Gateway.Features.Operations;

public static class SystemEndpoints
{
    public static IEndpointRouteBuilder MapSystem(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/system", (SystemInfo info) => TypedResults.Ok(info))
            .AllowAnonymous()
            .WithTags("system")
            .WithSummary("Mode (embedded or cluster), where data is kept, and whether this is the demo county.");
        return app;
    }
}
