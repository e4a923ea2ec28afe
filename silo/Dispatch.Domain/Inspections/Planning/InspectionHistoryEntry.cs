
namespace Dispatch.Domain.Inspections.Planning;

/// <summary>A check already done: it counts against the yearly cap of its item, and may exclude or flag a new one.</summary>
public sealed record InspectionHistoryEntry(string CreditCode, string DepartmentId, string ItemCode, DateOnly Date, InspectionLevel Level);
