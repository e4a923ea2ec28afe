using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>
/// A draw (public contract: POST /api/inspections/draws). The seed is shown with the result because the draw is over;
/// the commitment was stored before it. The frozen pool is summarised by its hash and size.
/// </summary>
public sealed record DrawView(
    string Id,
    string SeedCommitment,
    string? Seed,
    string? PoolHash,
    DrawParameters? Parameters,
    IReadOnlyList<DrawAssignment> Result,
    IReadOnlyList<UnstaffedTask> Unstaffed,
    int PoolSize,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    bool Completed)
{
    public static DrawView Of(KeptDraw d) => new(d.Id, d.SeedCommitment, d.Record?.Seed, d.Record?.PoolHash, d.Record?.Parameters,
        d.Record?.Result ?? [], d.Record?.Unstaffed ?? [], d.Record?.Pool.Count ?? 0, d.CreatedAt, d.CreatedBy, d.Record is not null);
}
