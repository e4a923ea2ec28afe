namespace Dispatch.Domain.Inspections.Enterprises;

/// <summary>Why one row of an import was refused (public contract: <c>"rows":[{"row","field","error"}]</c>).</summary>
public sealed record EnterpriseRowError(int Row, string Field, string Error);
