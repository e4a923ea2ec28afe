using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Gateway.Tests;

/// <summary>
/// The enterprises and joint visits the matrix asks about. Enterprises: one of T01 (zone Z1) and one of T09 (zone Z3),
/// from the demo directory. Visits, planned for 2031-Q1 so that no other test's plans mix in: <see cref="JointTask"/> at
/// the T01 enterprise (市场监管 and 综合执法; drawn with every 综合执法 officer but O0001 recused, so the `officer`
/// account O0001 is certainly drawn) and <see cref="OtherTask"/> at the T09 enterprise (生态环境 alone; drawn, never
/// inspected, so its code can never be rated).
/// </summary>
public sealed partial class AuthorisationFixture
{
    public const string MatrixYear = "2031", MatrixPeriod = "2031-Q1";
    public string EnterpriseInScope { get; private set; } = "";
    public string EnterpriseOutOfScope { get; private set; } = "";
    public string RunId { get; private set; } = "";
    public string JointTask { get; private set; } = "";
    public string OtherTask { get; private set; } = "";
    public string DrawId { get; private set; } = "";
    public string JointCode { get; private set; } = "";
    public string OtherCode { get; private set; } = "";
    /// <summary>生态环境's out-of-plan check of the T09 enterprise in the matrix year (exempt, so allowed).</summary>
    public string FilingId { get; private set; } = "";
    /// <summary>A photo O0001 attached to the joint visit.</summary>
    public string JointPhoto { get; private set; } = "";

    async Task InitializeInspections()
    {
        EnterpriseInScope = (await Send<List<JsonElement>>(Who.County, HttpMethod.Get, "/api/enterprises?townshipId=T01"))[0].GetProperty("id").GetString()!;
        EnterpriseOutOfScope = (await Send<List<JsonElement>>(Who.County, HttpMethod.Get, "/api/enterprises?townshipId=T09"))[0].GetProperty("id").GetString()!;

        foreach (var (department, item, enterprise) in new[] { ("scjg", "scjg-pricing", EnterpriseInScope), ("zhzf", "zhzf-gas-operation", EnterpriseInScope), ("sthj", "sthj-dust", EnterpriseOutOfScope) })
            await Send<JsonElement>(Who.Planner, HttpMethod.Post, "/api/inspections/plans", JsonContent.Create(PlanBody(department, item, enterprise)));
        var run = await Send<JsonElement>(Who.Planner, HttpMethod.Post, "/api/inspections/planner/runs",
            JsonContent.Create(new { year = int.Parse(MatrixYear), period = MatrixPeriod }), HttpStatusCode.Created);
        RunId = run.GetProperty("id").GetString()!;
        var tasks = run.GetProperty("tasks").EnumerateArray().ToList();
        JointTask = tasks.Single(t => t.GetProperty("enterpriseId").GetString() == EnterpriseInScope).GetProperty("id").GetString()!;
        OtherTask = tasks.Single(t => t.GetProperty("enterpriseId").GetString() == EnterpriseOutOfScope).GetProperty("id").GetString()!;

        var officers = await Send<List<JsonElement>>(Who.County, HttpMethod.Get, "/api/officers?departmentId=zhzf");
        var recused = officers.Select(o => o.GetProperty("id").GetString()!).Where(id => id != InOfficer)
            .Select(id => new { officerId = id, enterpriseId = EnterpriseInScope }).ToList();
        var draw = await Send<JsonElement>(Who.Planner, HttpMethod.Post, "/api/inspections/draws",
            JsonContent.Create(new { taskIds = new[] { JointTask, OtherTask }, inspectorsPerVisit = 2, recusals = recused }), HttpStatusCode.Created);
        DrawId = draw.GetProperty("id").GetString()!;
        var drawn = await Send<List<JsonElement>>(Who.Planner, HttpMethod.Get, $"/api/inspections/tasks?runId={RunId}");
        JointCode = drawn.Single(t => t.GetProperty("id").GetString() == JointTask).GetProperty("code").GetString()!;
        OtherCode = drawn.Single(t => t.GetProperty("id").GetString() == OtherTask).GetProperty("code").GetString()!;
        if (!drawn.Single(t => t.GetProperty("id").GetString() == JointTask).GetProperty("inspectorIds").EnumerateArray().Any(i => i.GetString() == InOfficer))
            throw new InvalidOperationException("fixture: the officer account was not drawn for the joint visit");
        JointPhoto = (await Send<JsonElement>(Who.Officer, HttpMethod.Post, $"/api/inspections/tasks/{JointTask}/evidence", Photo(), HttpStatusCode.Created))
            .GetProperty("id").GetString()!;
        FilingId = (await Send<JsonElement>(Who.Planner, HttpMethod.Post, "/api/inspections/adhoc", JsonContent.Create(new
        {
            departmentId = "sthj", enterpriseId = EnterpriseOutOfScope, itemCode = "sthj-dust", plannedDate = $"{MatrixYear}-02-10", exemption = "environmentSafety",
        }), HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    public static object PlanBody(string department, string item, string enterprise, string period = MatrixPeriod) => new
    {
        departmentId = department, year = int.Parse(period[..4]),
        items = new[] { new { itemCode = item, target = new { enterpriseIds = new[] { enterprise } }, period } },
    };

    /// <summary>A one-row inspector directory CSV: O0001 (ZF00001, 综合执法) as an officer (only ever sent as a dry run), or an unknown officer.</summary>
    public static MultipartFormDataContent InspectorCsv(bool valid)
    {
        var csv = "certificateNo,name,departmentId,qualifications,staffKind,recusals\n" +
                  (valid ? "ZF00001,矩阵检查员,zhzf,zhzf.1,officer,\n" : "ZF99999,无此人,zhzf,zhzf.1,officer,\n");
        return new MultipartFormDataContent { { new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), "file", "inspectors.csv" } };
    }

    /// <summary>A one-row directory CSV: a valid new enterprise in T01 (only ever sent as a dry run), or a row with a bad code.</summary>
    public MultipartFormDataContent DirectoryCsv(bool valid)
    {
        var (lat, lon) = Centre("T01");
        var code = valid ? "91331102MA2HX0001" + Dispatch.Domain.Inspections.Enterprises.CreditCode.CheckCharacter("91331102MA2HX0001") : "91331102MA2HX00010";
        var csv = "creditCode,name,industry,townshipId,lat,lon,riskLevel,creditGrade,keyList,peakHours\n" +
                  $"{code},授权矩阵测试企业,餐饮服务,T01,{lat.ToString(System.Globalization.CultureInfo.InvariantCulture)},{lon.ToString(System.Globalization.CultureInfo.InvariantCulture)},low,A,false,\n";
        return new MultipartFormDataContent { { new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), "file", "enterprises.csv" } };
    }
}
