using System.Globalization;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Incidents.Listings;

/// <summary>
/// The columns of the incident export (GET /api/incidents/export): Chinese headers, names beside ids, times in China
/// time, so an archived year reads in a spreadsheet without the system.
/// </summary>
public static class IncidentCsv
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "事件编号", "状态", "类别", "紧急程度", "来源", "描述", "片区", "乡镇", "网格", "责任部门", "处置队员",
        "上报人", "上报次数", "上报时间", "更新时间", "处置结果", "评价分", "纬度", "经度",
    ];

    public static IReadOnlyList<string> Fields(IncidentRecord r, CountyDirectory county) =>
    [
        r.Id,
        IncidentNames.Of(r.Status),
        county.Category(r.Category)?.Name ?? r.Category,
        PriorityName(r.Priority),
        SourceName(r.Source),
        r.Description,
        county.Data.Zones.FirstOrDefault(z => z.Id == r.ZoneId)?.Name ?? r.ZoneId,
        r.TownshipId is { } t ? county.Township(t)?.Name ?? t : "",
        r.GridId ?? "",
        county.Data.Departments.FirstOrDefault(d => d.Id == r.DepartmentId)?.Name ?? r.DepartmentId,
        r.AssignedOfficerId is { } o ? county.Officer(o)?.Name ?? o : "",
        r.ReportedBy,
        r.Reports.ToString(CultureInfo.InvariantCulture),
        China(r.CreatedAt),
        China(r.UpdatedAt),
        r.Result ?? "",
        r.Score?.ToString(CultureInfo.InvariantCulture) ?? "",
        r.Location.Lat.ToString("0.000000", CultureInfo.InvariantCulture),
        r.Location.Lon.ToString("0.000000", CultureInfo.InvariantCulture),
    ];

    static string China(DateTimeOffset at) => at.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    static string PriorityName(Priority p) => p switch
    {
        Priority.Urgent => "紧急", Priority.High => "较急", Priority.Normal => "一般", Priority.Low => "较缓", _ => p.ToString(),
    };

    static string SourceName(IncidentSource s) => s switch
    {
        IncidentSource.Grid => "网格员上报", IncidentSource.Hotline => "12345 热线", IncidentSource.Whistle => "吹哨报到",
        IncidentSource.Patrol => "巡查发现", IncidentSource.Sensor => "智能感知", IncidentSource.Assigned => "上级交办", _ => s.ToString(),
    };
}
