using System.Text.Json;

namespace Dispatch.Gateway.Tests;

/// <summary>The enterprises the matrix asks about: one of T01 (zone Z1) and one of T09 (zone Z3), from the demo directory.</summary>
public sealed partial class AuthorisationFixture
{
    public string EnterpriseInScope { get; private set; } = "";
    public string EnterpriseOutOfScope { get; private set; } = "";

    async Task InitializeInspections()
    {
        EnterpriseInScope = (await Send<List<JsonElement>>(Who.County, HttpMethod.Get, "/api/enterprises?townshipId=T01"))[0].GetProperty("id").GetString()!;
        EnterpriseOutOfScope = (await Send<List<JsonElement>>(Who.County, HttpMethod.Get, "/api/enterprises?townshipId=T09"))[0].GetProperty("id").GetString()!;
    }

    /// <summary>A one-row directory CSV: a valid new enterprise in T01 (only ever sent as a dry run), or a row with a bad code.</summary>
    public MultipartFormDataContent DirectoryCsv(bool valid)
    {
        var (lat, lon) = Centre("T01");
        var code = valid ? "91331102MA2HX0001" + Dispatch.Domain.Inspections.CreditCode.CheckCharacter("91331102MA2HX0001") : "91331102MA2HX00010";
        var csv = "creditCode,name,industry,townshipId,lat,lon,riskLevel,creditGrade,keyList,peakHours\n" +
                  $"{code},授权矩阵测试企业,餐饮服务,T01,{lat.ToString(System.Globalization.CultureInfo.InvariantCulture)},{lon.ToString(System.Globalization.CultureInfo.InvariantCulture)},low,A,false,\n";
        return new MultipartFormDataContent { { new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), "file", "enterprises.csv" } };
    }
}
