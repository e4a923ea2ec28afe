namespace Dispatch.Testing;

/// <summary>Where the repository and the built hosts are, seen from a test assembly.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the built host to run is the one built with these tests.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public static string GatewayDll => Built("gateway/Dispatch.Gateway", "Dispatch.Gateway.dll");
    public static string SiloDll => Built("silo/Dispatch.Silo", "Dispatch.Silo.dll");

    static string Built(string project, string dll)
    {
        var path = Path.Combine(Root, project, "bin", Configuration, "net10.0", dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{dll} is not built; build the solution first", path);
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dispatch.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Dispatch.sln not found above " + AppContext.BaseDirectory);
    }
}
