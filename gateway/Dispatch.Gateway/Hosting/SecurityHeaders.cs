using System.Text.RegularExpressions;

namespace Dispatch.Gateway.Hosting;

/// <summary>
/// Browser hygiene headers on every response (API, console pages, problem details, errors): no MIME sniffing, no
/// framing, no referrer, and a Content-Security-Policy as strict as the built console allows: scripts only from this
/// origin (Vite emits no inline script); styles from this origin plus inline style attributes (the map legend and
/// popups build markup with style="…"); images from this origin, data: (Leaflet's CSS images, the favicon) and blob:
/// (evidence photos fetched with the token and photo previews); connections to this origin, including its WebSocket
/// form for the hubs (listed explicitly for browsers where 'self' does not cover ws:/wss:).
/// </summary>
public static partial class SecurityHeaders
{
    const string Policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
                          "font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; connect-src 'self'";

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$")]
    private static partial Regex PlainHost();

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        // Set when the response starts, so headers survive the exception handler clearing the response.
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            var host = http.Request.Host.Value;
            headers.ContentSecurityPolicy = host is { Length: > 0 } && PlainHost().IsMatch(host)
                ? $"{Policy} ws://{host} wss://{host}"
                : Policy;
            return Task.CompletedTask;
        });
        return next(http);
    });
}
