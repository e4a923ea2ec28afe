using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Incidents.Intake;

namespace Dispatch.Domain.Hotline;

/// <summary>
/// What becomes of a checked ticket: an incident filed through the one intake path, or a place in the triage queue.
/// Pure, so the gateway can answer 400 before anything is kept and the ticket's grain can act on the same answer.
/// </summary>
public static class HotlineIntake
{
    /// <summary>A ticket as it arrives: filed by the 12345 bridge (county-level), or triaged, or refused (field errors).</summary>
    public static (IntakeCheck? Filed, TriageReason? Triage) Plan(HotlineTicket ticket, CountyDirectory county)
    {
        var (draft, triage) = HotlineRouting.Route(ticket, county);
        return draft is null ? (null, triage) : (IncidentIntake.Check(draft, IntakeBridges.Hotline, county), null);
    }

    /// <summary>
    /// A triaged ticket placed by a command centre: the dispatcher picked the category and the place, so the report is
    /// the dispatcher's and the dispatcher's area applies (a zone centre places it only in its zones).
    /// </summary>
    public static IntakeCheck Placed(HotlineTicket ticket, string? categoryId, GeoPoint? at, Actor who, CountyDirectory county)
    {
        var draft = HotlineRouting.Draft(ticket, categoryId ?? "", at ?? new GeoPoint(double.NaN, double.NaN));
        return IncidentIntake.Check(draft with { Category = categoryId, Lat = at?.Lat, Lon = at?.Lon }, who, county);
    }

    /// <summary>The zone a located ticket lies in (for who sees it in triage); null without a location or outside the county.</summary>
    public static string? ZoneOf(HotlineTicket ticket, CountyDirectory county) =>
        ticket.Location is { } at ? county.LocateTownship(at)?.ZoneId : null;
}
