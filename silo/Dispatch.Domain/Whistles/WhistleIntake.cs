using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Whistles;

/// <summary>
/// Whether a township may blow this whistle: the same place rules as incident intake (the point must lie in the county;
/// a township id sent must match it), known departments with exactly one lead, bounded text, and only the township's own
/// staff may raise it. A whistle raised from an incident (the escalation bridge) must name an open incident of the
/// same township; its place is the incident's when none is sent.
/// </summary>
public static class WhistleIntake
{
    public const int TitleLength = 100;

    public static WhistleCheck Check(WhistleDraft d, Actor who, CountyDirectory county, IncidentRecord? incident)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [message];

        if (string.IsNullOrWhiteSpace(d.Title) || d.Title.Length > TitleLength) Error("title", $"请填写标题（最多 {TitleLength} 字）");
        if (string.IsNullOrWhiteSpace(d.Description) || d.Description.Length > InputLimits.Text)
            Error("description", $"请填写情况说明（最多 {InputLimits.Text} 字）");
        var urgency = d.Urgency is { Length: <= InputLimits.Id } u ? WireNames.Parse<WhistleUrgency>(u) : null;
        if (urgency is null) Error("urgency", "紧急程度须为 emergency、urgent 或 normal");

        if (d.IncidentId is { } incidentId && (!InputLimits.IsId(incidentId) || incident is null))
            Error("incidentId", "未知的事件");
        else if (incident is { } linked && !linked.Status.IsOpen())
            Error("incidentId", "该事件已办结，不能再发起吹哨");

        var (lat, lon) = d.Lat is null && d.Lon is null && incident is { } from ? (from.Location.Lat, from.Location.Lon) : (d.Lat, d.Lon);
        var point = new GeoPoint(lat ?? double.NaN, lon ?? double.NaN);
        TownshipData? township = null;
        if (lat is null || lon is null || !point.IsValid) Error("location", "请提供有效的位置 {lat, lon}");
        else if ((township = county.LocateTownship(point)) is null) Error("location", "该位置不在本县范围内");
        else if (d.TownshipId is { } named && named != township.Id)
            Error("townshipId", county.Township(named) is null || !InputLimits.IsId(named) ? "未知的乡镇" : $"该位置不在所填乡镇内（位于{township.Name}）");
        else if (incident is { } bridged && bridged.TownshipId != township.Id)
            Error("incidentId", "该事件不在本乡镇");

        var parts = Parts(d.Departments, county, Error);
        if (errors.Count > 0) return WhistleCheck.Invalid(errors);

        if (who.Role != Role.TownshipStaff || who.Scope.TownshipId != township!.Id)
            return WhistleCheck.Refused("只有本乡镇（街道）工作人员可以吹哨");
        return WhistleCheck.Ok(new NewWhistle(d.Title!.Trim(), d.Description!.Trim(), urgency!.Value, township.Id, township.ZoneId, point, parts, d.IncidentId));
    }

    static List<WhistlePart> Parts(IReadOnlyList<PartDraft>? drafts, CountyDirectory county, Action<string, string> error)
    {
        var parts = new List<WhistlePart>();
        if (drafts is null || drafts.Count == 0 || drafts.Count > county.Data.Departments.Count)
        {
            error("departments", "请选择要召集的部门（一个主办部门，可加协办部门）");
            return parts;
        }
        foreach (var p in drafts)
        {
            var known = p?.DepartmentId is { } id && InputLimits.IsId(id) && county.Data.Departments.Any(x => x.Id == id);
            var role = p?.Role is { Length: <= InputLimits.Id } r ? WireNames.Parse<PartRole>(r) : null;
            if (!known) error("departments", "未知的部门（见 GET /api/county）");
            else if (role is null) error("departments", "部门角色须为 lead（主办）或 assist（协办）");
            else if (p!.Needs is { Length: > InputLimits.Text }) error("departments", $"需携带/需配合事项最多 {InputLimits.Text} 字");
            else if (parts.Any(x => x.DepartmentId == p.DepartmentId)) error("departments", "同一部门不能重复召集");
            else parts.Add(new WhistlePart(p.DepartmentId!, role.Value, string.IsNullOrWhiteSpace(p.Needs) ? null : p.Needs.Trim()));
        }
        if (parts.Count == drafts.Count && parts.Count(p => p.Role == PartRole.Lead) != 1)
            error("departments", "须有且只有一个主办部门");
        return parts;
    }
}
