using Microsoft.Extensions.FileProviders;

namespace Dispatch.Gateway.Hosting;

public static class ConsoleFiles
{
    /// <summary>
    /// Serves the built console (web-console/dist, copied to wwwroot beside the binaries by the build).
    /// Looking beside the binaries rather than in the content root makes `dotnet run` and published apps alike.
    /// </summary>
    public static WebApplication UseConsoleFiles(this WebApplication app)
    {
        var root = Root(app.Configuration);
        if (!Directory.Exists(root))
        {
            app.Logger.LogWarning("No console build at {Root}: the API runs, the pages do not", root);
            return app;
        }
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // index.html and field.html must not be cached across deployments; hashed assets may be.
            OnPrepareResponse = ctx =>
            {
                if (ctx.File.Name.EndsWith(".html", StringComparison.Ordinal))
                    ctx.Context.Response.Headers.CacheControl = "no-cache";
            },
        });
        return app;
    }

    /// <summary>Where the built console is: <c>Dispatch:ConsoleRoot</c>, else wwwroot beside the binaries.</summary>
    public static string Root(IConfiguration configuration) =>
        configuration["Dispatch:ConsoleRoot"] is { Length: > 0 } configured ? Path.GetFullPath(configured) : Path.Combine(AppContext.BaseDirectory, "wwwroot");
}
