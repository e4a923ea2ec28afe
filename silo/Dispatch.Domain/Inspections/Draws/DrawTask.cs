
namespace Dispatch.Domain.Inspections.Draws;

/// <summary>One visit to staff: an enterprise (by credit code) and the departments checking it in the same visit.</summary>
public sealed record DrawTask(string TaskId, string CreditCode, IReadOnlyList<DrawDepartment> Departments);
