using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Formatting.Compact;

namespace Dispatch.Hosting;

public static class ServiceDefaults
{
    public const string ReadyTag = "ready";

    /// <summary>Serilog for every host: readable console lines, or compact JSON when Dispatch:Logging:Json is true.</summary>
    public static IHostApplicationBuilder AddDispatchLogging(this IHostApplicationBuilder builder, string service)
    {
        var json = builder.Configuration.GetValue<bool>("Dispatch:Logging:Json");
        builder.Services.AddSerilog((_, lc) =>
        {
            lc.ReadFrom.Configuration(builder.Configuration)
              .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
              .MinimumLevel.Override("Orleans", Serilog.Events.LogEventLevel.Warning)
              .MinimumLevel.Override("Polly", Serilog.Events.LogEventLevel.Warning)
              .Enrich.FromLogContext()
              .Enrich.WithProperty("Service", service);
            if (json) lc.WriteTo.Console(new CompactJsonFormatter());
            else lc.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
        });
        return builder;
    }

    /// <summary>/health/live answers while the process runs; /health/ready only when its dependencies answer.</summary>
    public static IEndpointRouteBuilder MapDispatchHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });
        return app;
    }

    public static IHealthChecksBuilder AddReadyCheck<T>(this IHealthChecksBuilder checks, string name) where T : class, IHealthCheck =>
        checks.AddCheck<T>(name, HealthStatus.Unhealthy, [ReadyTag], TimeSpan.FromSeconds(5));
}
