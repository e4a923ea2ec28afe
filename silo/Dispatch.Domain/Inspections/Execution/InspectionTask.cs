using Dispatch.Domain.Common;
using Dispatch.Domain.Inspections.Catalogue;
using Dispatch.Domain.Inspections.Enterprises;
using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// One joint visit being carried out: the planner's <see cref="JointTask"/> with the enterprise's name and place, then the
/// inspectors drawn, the inspection code (亮码), per-item results, publication (一公开) and the enterprise's rating.
/// </summary>
public sealed record InspectionTask(
    string Id,
    string RunId,
    string CreditCode,
    string EnterpriseName,
    string TownshipId,
    string ZoneId,
    string Period,
    string LeadDepartmentId,
    string? ScenarioId,
    IReadOnlyList<TaskDepartment> Departments,
    DateOnly PlannedDate,
    PeakHours AvoidPeaks,
    bool NoticeAllowed,
    bool RepeatFlag)
{
    public InspectionTaskStatus Status { get; init; } = InspectionTaskStatus.Planned;
    public IReadOnlyList<string> InspectorIds { get; init; } = [];
    public string? DrawId { get; init; }
    public string? Code { get; init; }
    public IReadOnlyList<ItemResult> Results { get; init; } = [];
    /// <summary>Photos the inspectors uploaded for the visit; results name them by id.</summary>
    public IReadOnlyList<EvidenceRef> Evidence { get; init; } = [];
    public DateTimeOffset? InspectedAt { get; init; }
    public DateTimeOffset? PublishDeadline { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public bool Escalated { get; init; }
    public TaskRating? Rating { get; init; }
    public IReadOnlyList<TaskTimelineEntry> Timeline { get; init; } = [];

    public IEnumerable<string> ItemCodes => Departments.SelectMany(d => d.ItemCodes);

    public IEnumerable<string> DepartmentIds => Departments.Select(d => d.DepartmentId);

    public bool Involves(string departmentId) => LeadDepartmentId == departmentId || Departments.Any(d => d.DepartmentId == departmentId);

    public bool IsJoint => Departments.Count > 1;

    public bool PublishedOnTime => PublishedAt is { } at && PublishDeadline is { } due && at <= due;

    public bool PublishOverdue(DateTimeOffset now) => PublishedAt is null && PublishDeadline is { } due && now > due;

    public InspectionTask Recorded(DateTimeOffset at, string action, string by, string detail) =>
        this with { Timeline = [.. Timeline, new TaskTimelineEntry(at, action, by, detail)] };

    /// <summary>The planner's visit, as a task of a run with the enterprise's details filled in.</summary>
    public static InspectionTask Of(string id, string runId, JointTask task, EnterpriseRecord enterprise, string zoneId, bool repeatFlag, DateTimeOffset at) =>
        new InspectionTask(id, runId, task.CreditCode, enterprise.Name, enterprise.TownshipId, zoneId, task.Period, task.LeadDepartmentId,
                task.ScenarioId, task.Departments, task.PlannedDate, task.AvoidPeaks,
                // Rule 6: time, basis and method may be notified in advance; high-risk enterprises are visited unannounced.
                NoticeAllowed: enterprise.RiskLevel != RiskLevel.High, repeatFlag)
            .Recorded(at, "planned", "system", $"由统筹计划 {runId} 生成");
}
