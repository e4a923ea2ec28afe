using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Inspections.Execution;

/// <summary>A visit after a step, or why the step was refused (nothing changes then).</summary>
public sealed record TaskOutcome(InspectionTask? Task, Refusal? Refusal)
{
    public static TaskOutcome Ok(InspectionTask task) => new(task, null);
    public static TaskOutcome Invalid(string message) => new(null, new Refusal(RefusalKind.Invalid, message));
    public static TaskOutcome Forbidden(string message) => new(null, new Refusal(RefusalKind.Forbidden, message));
    public static TaskOutcome Conflict(string message) => new(null, new Refusal(RefusalKind.Conflict, message));
}
