namespace Dispatch.Domain.Whistles;

// Part of the county file format (the "whistles" section): see CountyData.cs.

/// <summary>
/// Per-county whistle settings. The defaults follow the original Beijing practice (on scene within 30 minutes for an
/// emergency) and leave approval waived only for emergencies.
/// </summary>
public sealed record WhistleSettings
{
    public IReadOnlyList<WhistleUrgency> ApprovalWaivedFor { get; init; } = [WhistleUrgency.Emergency];

    public WhistleTimeLimit Emergency { get; init; } = new(ReportMinutes: 10, ArriveMinutes: 30, EscalateAfterMinutes: 10);
    public WhistleTimeLimit Urgent { get; init; } = new(ReportMinutes: 30, ArriveMinutes: 120, EscalateAfterMinutes: 30);
    public WhistleTimeLimit Normal { get; init; } = new(ReportMinutes: 120, ArriveMinutes: 24 * 60, EscalateAfterMinutes: 120);

    public WhistleTimeLimit LimitFor(WhistleUrgency urgency) => urgency switch
    {
        WhistleUrgency.Emergency => Emergency,
        WhistleUrgency.Urgent => Urgent,
        _ => Normal,
    };
}
