using Microsoft.AspNetCore.Diagnostics;
using Dispatch.Grains.Contracts.Common;

namespace Dispatch.Gateway.Errors;

/// <summary>
/// Domain refusals become RFC 7807 problem details: 400 for bad input, 409 for a rule that says no, 403 for a role or
/// scope that does not allow it; a cluster that is re-forming answers 503 with Retry-After instead of a bare 500.
/// </summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems, ILogger<DomainExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title) = exception switch
        {
            InvalidRequestException => (StatusCodes.Status400BadRequest, "请求无效"),
            RuleRefusedException => (StatusCodes.Status409Conflict, "当前状态不允许此操作"),
            ForbiddenException => (StatusCodes.Status403Forbidden, "无权执行此操作"),
            BadHttpRequestException bad => (bad.StatusCode, "请求格式错误"),
            _ when ClusterFaults.IsTransient(exception) => (StatusCodes.Status503ServiceUnavailable, "服务正在切换节点，请稍后重试"),
            _ => (0, ""),
        };
        if (status == 0) return false;
        http.Response.StatusCode = status;
        var transient = status == StatusCodes.Status503ServiceUnavailable;
        if (transient)
        {
            log.LogWarning(exception, "{Method} {Path} answered 503: the cluster is re-forming", http.Request.Method, http.Request.Path);
            http.Response.Headers.RetryAfter = ClusterFaults.RetryAfterSeconds.ToString();
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = title,
                // A cluster fault's message names silos and ports: not the caller's business.
                Detail = transient ? "集群节点暂时不可达，请求未能完成；请稍后重试，重试前可刷新确认操作是否已生效。" : exception.Message,
            },
        });
    }
}
