using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Gateway.Features.Common;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>A joint visit as the API shows it (public contract: GET /api/inspections/tasks; enterpriseId is the credit code).</summary>
public sealed record InspectionTaskView(
    string Id,
    string RunId,
    string EnterpriseId,
    string EnterpriseName,
    string TownshipId,
    string LeadDepartmentId,
    IReadOnlyList<string> DepartmentIds,
    IReadOnlyList<InspectionItemDto> Items,
    string PlannedDate,
    string AvoidHours,
    bool NoticeAllowed,
    IReadOnlyList<string> InspectorIds,
    IReadOnlyList<InspectorView> Inspectors,
    string? DrawId,
    string? Code,
    string Status,
    IReadOnlyList<ItemResultView> Results,
    DateTimeOffset? PublishDeadline,
    DateTimeOffset? PublishedAt,
    bool PublishOverdue,
    bool Escalated,
    RatingView? Rating,
    bool RepeatFlag,
    IReadOnlyList<EvidenceView> Evidence)
{
    public static InspectionTaskView Of(InspectionTask t, CountyDirectory county, DateTimeOffset now) => new(
        t.Id, t.RunId, t.CreditCode, t.EnterpriseName, t.TownshipId, t.LeadDepartmentId,
        // Every department on the visit: a scenario's lead organises the team even with no item of its own.
        t.DepartmentIds.Append(t.LeadDepartmentId).Distinct().Order(StringComparer.Ordinal).ToList(),
        SignalRInspectionPush.ItemsOf(t, county), t.PlannedDate.ToString("yyyy-MM-dd"), t.AvoidPeaks.ToString(), t.NoticeAllowed,
        t.InspectorIds, t.InspectorIds.Select(id => InspectorView.Of(id, county)).ToList(), t.DrawId, t.Code, WireNames.Of(t.Status),
        t.Results.Select(r => new ItemResultView(r.ItemCode, WireNames.Of(r.Outcome), r.Note, r.EvidenceIds, r.RecordedBy, r.RecordedAt)).ToList(),
        t.PublishDeadline, t.PublishedAt, t.PublishOverdue(now), t.Escalated,
        t.Rating is { } r ? new RatingView(r.Score, r.Comment, r.RatedAt) : null, t.RepeatFlag,
        t.Evidence.Select(e => new EvidenceView(e.Id, $"/api/inspections/tasks/{t.Id}/evidence/{e.Id}", e.ContentType, e.Size, e.UploadedBy, e.At)).ToList());
}

public sealed record InspectorView(string OfficerId, string Name, string DepartmentId, string CertificateNo)
{
    public static InspectorView Of(string officerId, CountyDirectory county) => county.Officer(officerId) is { } o
        ? new InspectorView(o.Id, o.Name, o.DepartmentId, o.Code)
        : new InspectorView(officerId, officerId, "", "");
}

public sealed record ItemResultView(string ItemCode, string Outcome, string Note, IReadOnlyList<string> EvidenceIds, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record RatingView(int Score, string Comment, DateTimeOffset RatedAt);
