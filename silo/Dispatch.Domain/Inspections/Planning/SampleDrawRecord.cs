using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Domain.Inspections.Planning;

/// <summary>
/// One draw as kept for audit (DOMAIN.md §4 rule 9): which item and grade, the ratio, the size and hash of the frozen pool
/// (after exclusions), and the enterprises drawn. With the plan's seed anyone can re-rank the pool and get the same list.
/// </summary>
public sealed record SampleDrawRecord(string DepartmentId, string ItemCode, CreditGrade Grade, double Ratio, int PoolSize, string PoolHash, IReadOnlyList<string> Drawn);
