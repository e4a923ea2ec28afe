namespace Dispatch.Domain.Inspections.Draws;

/// <summary>
/// A finished draw, with everything needed to re-run it (DOMAIN.md §4 rule 9). <see cref="Pool"/> and
/// <see cref="Tasks"/> are stored in canonical order; <see cref="PoolHash"/> is SHA-256 over the pool's canonical text
/// (<see cref="DrawHashes.CanonicalPool"/>) and <see cref="SeedCommitment"/> is SHA-256 over the 32 seed bytes, both
/// lower-case hex, so anyone can check them with sha256sum.
/// </summary>
/// <param name="Seed">64 hex characters; revealed here, after the result, while the commitment was fixed before it</param>
/// <param name="Excluded">directory entries left out before freezing (grid workers, auxiliary staff); not in the hash</param>
public sealed record DrawRecord(
    string Id,
    string SeedCommitment,
    string Seed,
    string PoolHash,
    DrawParameters Parameters,
    IReadOnlyList<DrawInspector> Pool,
    IReadOnlyList<DrawTask> Tasks,
    IReadOnlyList<DrawAssignment> Result,
    IReadOnlyList<UnstaffedTask> Unstaffed,
    IReadOnlyList<DrawExclusion> Excluded);
