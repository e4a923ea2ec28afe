using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Incidents.Intake;

/// <summary>
/// The one intake path (受理): every entry point (REST, and the hotline, Open311 and whistle bridges) turns what it
/// received into a <see cref="ReportDraft"/> and files only what this accepts. It decides who may report where (a
/// grid worker and township staff their township, an officer its zone, a zone centre its zones, the county all), derives
/// township and grid from the location and checks any id given against it, bounds the text, and takes priority and
/// source as given only from the roles the county trusts with them.
/// </summary>
public static class IncidentIntake
{
    public static IntakeCheck Check(ReportDraft d, Actor who, CountyDirectory county)
    {
        var settings = county.Data.Incidents.Intake;
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [message];

        var category = InputLimits.IsId(d.Category) ? county.Category(d.Category!) : null;
        if (category is null) Error("category", "请选择有效的事件类别（见 GET /api/categories）");
        if (string.IsNullOrWhiteSpace(d.Description) || d.Description.Length > InputLimits.Text)
            Error("description", $"请填写问题描述（最多 {InputLimits.Text} 字）");

        Priority? asked = null;
        if (d.Priority is { } p)
        {
            if (p.Length <= InputLimits.Id && WireNames.Parse<Priority>(p) is { } parsed) asked = parsed;
            else Error("priority", "紧急程度须为 urgent、high、normal 或 low");
        }
        IncidentSource? askedSource = null;
        if (d.Source is { } s)
        {
            if (s.Length <= InputLimits.Id && WireNames.Parse<IncidentSource>(s) is { } parsed) askedSource = parsed;
            else Error("source", "来源须为 grid、hotline、whistle、patrol、sensor 或 assigned");
        }

        TownshipData? township = null;
        GridData? grid = null;
        var point = new GeoPoint(d.Lat ?? double.NaN, d.Lon ?? double.NaN);
        if (d.Lat is null || d.Lon is null || !point.IsValid) Error("location", "请提供有效的位置 {lat, lon}");
        else if ((township = county.LocateTownship(point)) is null) Error("location", "该位置不在本县范围内");
        else
        {
            if (d.TownshipId is { } named && named != township.Id)
                Error("townshipId", county.Township(named) is null || !InputLimits.IsId(named) ? "未知的乡镇" : $"该位置不在所填乡镇内（位于{township.Name}）");
            grid = county.LocateGrid(point);
            if (d.GridId is { } gid && gid != grid?.Id)
                Error("gridId", "该位置不在所填网格内");
        }
        if (errors.Count > 0) return IntakeCheck.Invalid(errors);

        if (!MayReportIn(who, township!, county)) return IntakeCheck.Refused("只能上报本辖区内的问题");

        var source = askedSource is { } wanted && IntakeSettings.SourcesOf(who.Role).Contains(wanted) ? wanted : IntakeSettings.DefaultSource(who.Role);
        var trusted = settings.PriorityRoles.Contains(who.Role);
        var priority = trusted ? asked : null;
        var report = new NewIncident(category!.Id, d.Description!.Trim(), priority, point, township!.Id, grid?.Id, source,
            RequestedPriority: !trusted && asked is { } a && a != category.DefaultPriority ? a : null,
            RequestedSource: askedSource is { } rs && rs != source ? rs : null,
            AutoDispatchAllowed: settings.AutoDispatchRoles.Contains(who.Role) && settings.AutoDispatchSources.Contains(source),
            HandleLimit: d.HandleLimit);
        return IntakeCheck.Ok(report);
    }

    /// <summary>Who may report where: the reporter's own area, never beyond it.</summary>
    public static bool MayReportIn(Actor who, TownshipData township, CountyDirectory county) => who.Role switch
    {
        Role.CountyCommander => true,
        Role.ZoneDispatcher => who.Scope.ZoneIds.Contains(township.ZoneId),
        Role.GridWorker or Role.TownshipStaff => who.Scope.TownshipId == township.Id,
        // An officer on patrol reports within its zone; a county-level officer (no station) anywhere in the county.
        Role.Officer => who.Scope.OfficerId is { } id && county.Officer(id) is { } o && (o.ZoneId is null || o.ZoneId == township.ZoneId),
        _ => false,
    };
}
