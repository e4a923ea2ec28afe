namespace Dispatch.Domain.Whistles;

/// <summary>
/// One summoned department's part of a whistle. Times are kept so the scorecard can count lateness: NotifiedAt is when
/// the whistle opened, ReportedAt when the desk named officers, ArrivedAt the first officer on scene.
/// </summary>
public sealed record WhistlePart(
    string DepartmentId,
    PartRole Role,
    string? Needs,
    PartStatus Progress = PartStatus.Notified,
    bool Late = false,
    IReadOnlyList<string>? OfficerIds = null,
    IReadOnlyList<string>? AcknowledgedBy = null,
    IReadOnlyList<string>? ArrivedBy = null,
    DateTimeOffset? NotifiedAt = null,
    DateTimeOffset? ReportDeadline = null,
    DateTimeOffset? ArriveDeadline = null,
    DateTimeOffset? ReportedAt = null,
    DateTimeOffset? ArrivedAt = null,
    DateTimeOffset? HandledAt = null,
    string? Result = null,
    DepartmentRating? Rating = null,
    IReadOnlyList<WhistleLapse>? Lapses = null)
{
    public IReadOnlyList<string> Officers => OfficerIds ?? [];
    public IReadOnlyList<string> Acknowledged => AcknowledgedBy ?? [];
    public IReadOnlyList<string> Arrived => ArrivedBy ?? [];
    public IReadOnlyList<WhistleLapse> Missed => Lapses ?? [];

    /// <summary>What the part shows: its progress, or overdue while the stage due now has missed its time limit.</summary>
    public PartStatus Status => Late && Progress != PartStatus.Handled ? PartStatus.Overdue : Progress;

    /// <summary>The stage the department must meet next, or null once it has arrived (or before the whistle opened).</summary>
    public WhistleStage? StageDue => NotifiedAt is null ? null : Progress switch
    {
        PartStatus.Notified => WhistleStage.Report,
        PartStatus.Assigned or PartStatus.Acknowledged => WhistleStage.Arrive,
        _ => null,
    };

    /// <summary>The time limit of the stage due now (the contract's part "deadline").</summary>
    public DateTimeOffset? Deadline => StageDue switch
    {
        WhistleStage.Report => ReportDeadline,
        WhistleStage.Arrive => ArriveDeadline,
        _ => null,
    };

    public bool ReportedOnTime => ReportedAt is { } r && ReportDeadline is { } d && r <= d;
    public bool ArrivedOnTime => ArrivedAt is { } a && ArriveDeadline is { } d && a <= d;
    public bool Escalated => Missed.Any(l => l.Level == LapseLevel.Escalate);
}
