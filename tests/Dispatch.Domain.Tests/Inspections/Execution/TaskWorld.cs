using Dispatch.Domain.Access;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Enterprises;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Domain.Tests.Inspections.Execution;

/// <summary>Builders for a joint visit being carried out: tasks, the people acting on them, and item results.</summary>
public static class TaskWorld
{
    /// <summary>2026-12-01 04:00 in China: late evening of 30 November in UTC.</summary>
    public static readonly DateTimeOffset FirstResults = new(2026, 11, 30, 20, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan China = TimeSpan.FromHours(8);
    public static readonly InspectionSettings Settings = new();

    public static TaskDepartment Dept(string id, params string[] items) => new(id, items);

    public static InspectionTask ATask(string id = "2026-Q4-r1-0001", string zone = "Z1", string township = "T01", string lead = "scjg",
        IReadOnlyList<TaskDepartment>? departments = null, DateOnly? on = null, string? scenario = null, bool repeat = false) =>
        new(id, "2026-Q4-r1", InspectionWorld.Code(1), "企业1", township, zone, "2026-Q4", lead, scenario,
            departments ?? [Dept("scjg", "scjg-gas-cylinder", "scjg-pricing"), Dept("yjgl", "yjgl-gas-safety")],
            on ?? new DateOnly(2026, 11, 25), PeakHours.None, NoticeAllowed: true, repeat);

    /// <summary>Drawn (O1, O2 unless named), with photos uploaded under the ids the tests name: e1–e11 and photo_1.jpg–photo_10.jpg.</summary>
    public static InspectionTask Drawn(this InspectionTask task, params string[] inspectors) =>
        InspectionTaskRules.Staff(task, "draw-1", inspectors.Length > 0 ? inspectors : ["O1", "O2"], "ABCDEFGHJKMN", FirstResults.AddDays(-2)).Task! with
        {
            Evidence = [.. Enumerable.Range(1, 11).Select(i => Photo($"e{i}")), .. Enumerable.Range(1, 10).Select(i => Photo($"photo_{i}.jpg"))],
        };

    public static Dispatch.Domain.Common.EvidenceRef Photo(string id) => new(id, "image/jpeg", 1000, "uO1", FirstResults.AddDays(-1));

    public static InspectionTask WithResults(this InspectionTask task, DateTimeOffset at, params ItemResultInput[] items) =>
        InspectionTaskRules.RecordResults(task, Inspector("O1"), items, at, Settings).Task!;

    /// <summary>Drawn (O1, O2) and every item passed at <see cref="FirstResults"/>.</summary>
    public static InspectionTask Inspected(this InspectionTask task) =>
        task.Drawn().WithResults(FirstResults, task.ItemCodes.Select(c => Pass(c)).ToArray());

    public static Scope Inspector(string officerId) => new(Role.Officer, $"u{officerId}", [], OfficerId: officerId);
    public static Scope Desk(string department) => new(Role.DepartmentDesk, $"desk-{department}", [], DepartmentId: department);
    public static readonly Scope Office = new(Role.Planner, "planner", []);

    public static ItemResultInput Pass(string code) => new(code, "pass", null, null);
    public static ItemResultInput Found(string code, string outcome = "problem", string? note = "灭火器过期", params string?[] evidence) =>
        new(code, outcome, note, evidence);
}
