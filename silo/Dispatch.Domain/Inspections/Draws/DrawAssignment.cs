namespace Dispatch.Domain.Inspections.Draws;

/// <summary>The inspectors drawn for one task, in the order they were drawn (public contract: <c>{"taskId","inspectorIds"}</c>).</summary>
public sealed record DrawAssignment(string TaskId, IReadOnlyList<string> InspectorIds);
