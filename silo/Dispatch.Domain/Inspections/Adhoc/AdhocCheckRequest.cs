
namespace Dispatch.Domain.Inspections.Adhoc;

/// <summary>An out-of-plan check a department wants to do; <see cref="Exemption"/> names why it needs no advance filing, if it claims one.</summary>
public sealed record AdhocCheckRequest(string DepartmentId, string CreditCode, string ItemCode, DateOnly PlannedDate, AdhocExemption? Exemption = null);
