namespace Dispatch.Domain.Inspections.Draws;

/// <summary>A task the pool could not staff, and why (Chinese, shown to the user). Nobody is drawn for it.</summary>
public sealed record UnstaffedTask(string TaskId, string Reason);
