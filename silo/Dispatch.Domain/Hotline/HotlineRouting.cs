using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents.Intake;

namespace Dispatch.Domain.Hotline;

/// <summary>
/// Where a ticket goes: straight to intake as a <see cref="ReportDraft"/> (source hotline, its deadline class as the
/// handling limit), or to triage with the reason. The draft still goes through <see cref="IncidentIntake.Check"/>.
/// </summary>
public static class HotlineRouting
{
    public static (ReportDraft? Draft, TriageReason? Triage) Route(HotlineTicket ticket, CountyDirectory county)
    {
        if (HotlineCategoryMap.Resolve(ticket.CategoryText, county) is not { } category) return (null, TriageReason.UnmappedCategory);
        if (ticket.Location is not { } at) return (null, TriageReason.NoLocation);
        return (Draft(ticket, category.Id, at), null);
    }

    /// <summary>The report a ticket files, once its category and place are known (by the mapping, or by a dispatcher in triage).</summary>
    public static ReportDraft Draft(HotlineTicket ticket, string categoryId, GeoPoint at) =>
        new(categoryId, DescriptionOf(ticket), null, at.Lat, at.Lon, null, null, "hotline",
            HandleLimit: HotlineDeadlineClass.LimitOf(ticket.DeadlineClass));

    /// <summary>
    /// The officer reads the caller's words and the address the caller gave (the address is where to go, not who
    /// called); the ticket number lets the hotline operator and the officer speak of the same case.
    /// </summary>
    public static string DescriptionOf(HotlineTicket ticket)
    {
        var text = $"【12345 工单 {ticket.TicketId}】{ticket.Description}";
        var withAddress = ticket.Address is { } a ? $"{text}（地址：{a}）" : text;
        return withAddress.Length <= InputLimits.Text ? withAddress : text.Length <= InputLimits.Text ? text : ticket.Description;
    }
}
