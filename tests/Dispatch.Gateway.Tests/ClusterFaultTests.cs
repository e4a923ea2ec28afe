using System.Reflection;
using System.Text.Json;
using Dispatch.Gateway.Errors;
using Dispatch.Grains.Contracts.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Dispatch.Live;

namespace Dispatch.Gateway.Tests;

/// <summary>A silo dying under a request is the cluster's fault, not the caller's: "try again", never a bare 500.</summary>
public class ClusterFaultTests
{
    public static TheoryData<Exception> Transient() =>
    [
        new SiloUnavailableException("silo S127.0.0.1:1 is dead"),
        new TimeoutException("Response did not arrive on time"),
        new AggregateException(new SiloUnavailableException("gone")),
    ];

    [Theory, MemberData(nameof(Transient))]
    public async Task A_transient_cluster_failure_answers_503_problem_details_with_retry_after(Exception fault)
    {
        var (handled, http) = await Handle(fault);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal(ClusterFaults.RetryAfterSeconds.ToString(), http.Response.Headers.RetryAfter.ToString());
        http.Response.Body.Position = 0;
        var problem = await JsonSerializer.DeserializeAsync<JsonElement>(http.Response.Body);
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Contains("稍后重试", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("S127.0.0.1", problem.GetProperty("detail").GetString()); // cluster internals stay inside
    }

    [Fact]
    public async Task A_programming_error_is_not_disguised_as_a_transient_one()
    {
        var (handled, _) = await Handle(new InvalidOperationException("bug"));
        Assert.False(handled); // falls through to the framework's 500
    }

    [Fact]
    public async Task A_hub_call_hit_by_a_transient_failure_gets_a_try_again_hub_error()
    {
        var filter = new DomainErrorHubFilter(NullLogger<DomainErrorHubFilter>.Instance);
        var error = await Assert.ThrowsAsync<HubException>(async () =>
            await filter.InvokeMethodAsync(Invocation(), _ => throw new SiloUnavailableException("gone")));
        Assert.Contains("稍后重试", error.Message);
    }

    [Fact]
    public async Task A_hub_call_hit_by_a_programming_error_is_not_turned_into_a_try_again()
    {
        var filter = new DomainErrorHubFilter(NullLogger<DomainErrorHubFilter>.Instance);
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await filter.InvokeMethodAsync(Invocation(), _ => throw new InvalidOperationException("bug")));
    }

    static async Task<(bool Handled, HttpContext Http)> Handle(Exception fault)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = "GET";
        http.Request.Path = "/api/officers/O0002";
        http.Response.Body = new MemoryStream();
        var handler = new DomainExceptionHandler(services.GetRequiredService<IProblemDetailsService>(), NullLogger<DomainExceptionHandler>.Instance);
        var handled = await handler.TryHandleAsync(http, fault, CancellationToken.None);
        return (handled, http);
    }

    static HubInvocationContext Invocation()
    {
        var hub = new FieldHub(null!);
        var method = typeof(FieldHub).GetMethod(nameof(FieldHub.SetOnDuty), BindingFlags.Public | BindingFlags.Instance)!;
        return new HubInvocationContext(new FakeCaller(), new ServiceCollection().BuildServiceProvider(), hub, method, [true]);
    }

    sealed class FakeCaller : HubCallerContext
    {
        public override string ConnectionId => "c1";
        public override string? UserIdentifier => "O0002";
        public override System.Security.Claims.ClaimsPrincipal? User => null;
        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();
        public override Microsoft.AspNetCore.Http.Features.IFeatureCollection Features { get; } = new Microsoft.AspNetCore.Http.Features.FeatureCollection();
        public override CancellationToken ConnectionAborted => CancellationToken.None;
        public override void Abort() { }
    }
}
