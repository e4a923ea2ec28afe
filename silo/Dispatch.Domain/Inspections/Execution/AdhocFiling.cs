using Dispatch.Domain.Inspections.Adhoc;

namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// An out-of-plan check as filed, kept whether allowed or not: a refused one waits in the queue and the next planner run
/// of a later quarter takes it in as a named check of its department (DOMAIN.md §4 rule 2).
/// </summary>
public sealed record AdhocFiling(
    string Id,
    string DepartmentId,
    string CreditCode,
    string EnterpriseName,
    string ItemCode,
    DateOnly PlannedDate,
    AdhocExemption? Exemption,
    AdhocFilingStatus Status,
    string? Reason,
    string? RunId,
    string FiledBy,
    DateTimeOffset FiledAt);
