using Dispatch.Grains.Contracts;
using Microsoft.AspNetCore.Diagnostics;

namespace Dispatch.Gateway.Errors;

/// <summary>Domain refusals become RFC 7807 problem details: 400 for bad input, 409 for a rule that says no.</summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title) = exception switch
        {
            InvalidRequestException => (StatusCodes.Status400BadRequest, "请求无效"),
            RuleRefusedException => (StatusCodes.Status409Conflict, "当前状态不允许此操作"),
            ForbiddenException => (StatusCodes.Status403Forbidden, "无权执行此操作"),
            BadHttpRequestException bad => (bad.StatusCode, "请求格式错误"),
            _ => (0, ""),
        };
        if (status == 0) return false;
        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = exception.Message },
        });
    }
}
