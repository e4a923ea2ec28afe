using Dispatch.Domain.County;
using Dispatch.Gateway.Auth;

namespace Dispatch.Gateway.Hosting;

public static class CountyLoading
{
    /// <summary>
    /// The county from Dispatch:County:File, or the generated demo county. Demo accounts (password "demo") exist
    /// only when asked for: embedded mode asks by default, a cluster only when Dispatch:County:DemoAccounts is true.
    /// </summary>
    public static CountyDirectory Load(IConfiguration config, bool demoAccounts, ILogger log)
    {
        var file = config["Dispatch:County:File"];
        if (file is { Length: > 0 })
        {
            log.LogInformation("Loading county from {File}", file);
            return new CountyDirectory(CountyFile.Load(file));
        }
        var county = DemoCounty.Generate(demoAccounts ? AccountDirectory.HashPassword(DemoCounty.DemoPassword) : null);
        log.LogInformation("Demo county {County} generated: {Townships} townships, {Officers} officers, demo accounts {DemoAccounts}",
            county.Name, county.Townships.Count, county.Officers.Count, demoAccounts);
        return new CountyDirectory(county);
    }
}
