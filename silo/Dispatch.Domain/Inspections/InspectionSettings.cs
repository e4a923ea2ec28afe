using Dispatch.Domain.Inspections.Adhoc;

namespace Dispatch.Domain.Inspections;

/// <summary>
/// Per-county numbers of the joint-inspection rules (DOMAIN.md §4 rule 8): counties differ, so none is a constant.
/// The defaults follow the Lianyungang policy.
/// </summary>
public sealed record InspectionSettings
{
    /// <summary>Checks of the same item per enterprise per year, counting those already done.</summary>
    public int SameTypeChecksPerYear { get; init; } = 1;
    /// <summary>A planned visit this close after any previous check of the enterprise is flagged as a repeat.</summary>
    public int RepeatAlertDays { get; init; } = 30;
    /// <summary>Days (China time) an out-of-plan check must be filed before it is done.</summary>
    public int AdvanceFilingDays { get; init; } = 5;
    /// <summary>Days within which results are published (一公开).</summary>
    public int PublishWithinDays { get; init; } = 5;
    public IReadOnlyList<AdhocExemption> Exemptions { get; init; } =
        [AdhocExemption.CommitmentApproval, AdhocExemption.EnvironmentSafety, AdhocExemption.SpecialCampaign];
}
