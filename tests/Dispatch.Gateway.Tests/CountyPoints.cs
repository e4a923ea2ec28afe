using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Gateway.Tests;

/// <summary>Places in the demo county as a test needs them: the centre of a township's outline, from <c>GET /api/county</c>.</summary>
public static class CountyPoints
{
    public static async Task<(double Lat, double Lon)> CentreOf(this GatewayFactory gateway, string townshipId)
    {
        using var http = await gateway.ClientFor("county");
        var county = await http.GetFromJsonAsync<JsonElement>("/api/county");
        var ring = county.GetProperty("townships").EnumerateArray().Single(t => t.GetProperty("id").GetString() == townshipId)
            .GetProperty("outline").GetProperty("coordinates")[0].EnumerateArray().Select(c => (Lon: c[0].GetDouble(), Lat: c[1].GetDouble())).ToList();
        return (ring.Take(ring.Count - 1).Average(c => c.Lat), ring.Take(ring.Count - 1).Average(c => c.Lon));
    }

    /// <summary>The n-th point of a 7 × 7 lattice ~330 m apart around a township's centre, so reports of a test class never merge by accident.</summary>
    public static async Task<(double Lat, double Lon)> SpreadIn(this GatewayFactory gateway, string townshipId, int n)
    {
        var (lat, lon) = await gateway.CentreOf(townshipId);
        return (lat + (n % 7 - 3) * 0.003, lon + (n / 7 % 7 - 3) * 0.0035);
    }
}
