using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Domain.Inspections.Planning;

/// <summary>
/// One visit to one enterprise in one period (进一次门、查多项事): the lead department, every participating department
/// with its items, and a planned working day in the quarter. The hour is chosen later, outside <see cref="AvoidPeaks"/>.
/// A scenario's lead department leads even with no item of its own on the visit: it organises the team.
/// </summary>
public sealed record JointTask(
    string CreditCode,
    string Period,
    string LeadDepartmentId,
    string? ScenarioId,
    IReadOnlyList<TaskDepartment> Departments,
    DateOnly PlannedDate,
    PeakHours AvoidPeaks);
