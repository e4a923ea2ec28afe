using Dispatch.Domain.Inspections.Draws;

namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// A draw as the county keeps it: the seed commitment is stored (durably) before anything is drawn, and the finished
/// record, with the seed revealed, after. A draw with a commitment and no record was interrupted and drew nobody.
/// </summary>
public sealed record KeptDraw(string Id, string SeedCommitment, string CreatedBy, DateTimeOffset CreatedAt, DrawRecord? Record);
