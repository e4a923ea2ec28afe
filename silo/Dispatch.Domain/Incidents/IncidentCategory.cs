namespace Dispatch.Domain.Incidents;

/// <summary>
/// One line of the responsibility list (职责边界清单): a problem category, the department responsible for it
/// ("谁主管谁监管") and the qualification an officer needs to handle it.
/// </summary>
public sealed record IncidentCategory(string Id, string Name, string DepartmentId, string? Qualification, Priority DefaultPriority = Priority.Normal)
{
    /// <summary>This category's own limits (e.g. 12345: 24 h for water, power and gas); null uses the county's per-priority limits.</summary>
    public IReadOnlyList<DeadlineLimit>? Deadlines { get; init; }
}
