using Dispatch.Domain.Access;
using Dispatch.Domain.Common.Listings;
using Dispatch.Domain.Whistles;

namespace Dispatch.Domain.Whistles.Listings;

/// <summary>
/// One page's question of GET /api/whistles: filters (all optional, combined with AND; several statuses with OR),
/// newest first by creation, strictly below <see cref="After"/> (the cursor's member).
/// </summary>
public sealed record WhistleQuery(
    IReadOnlyList<WhistleStatus> Statuses,
    string? TownshipId,
    string? DepartmentId,
    string? After,
    int Limit)
{
    public static readonly WhistleQuery All = new([], null, null, null, ListPaging.DefaultLimit);

    /// <summary>Whether only open whistles (awaiting approval or open) can answer it.</summary>
    public bool OnlyOpen => Statuses.Count > 0 && Statuses.All(s => s is WhistleStatus.PendingApproval or WhistleStatus.Open);

    /// <summary>Whether this whistle answers the question for this viewer (its scope first: what it may not see never matches).</summary>
    public bool Matches(WhistleRecord w, Scope viewer) =>
        viewer.CanSee(w)
        && (Statuses.Count == 0 || Statuses.Contains(w.Status))
        && (TownshipId is null || w.TownshipId == TownshipId)
        && (DepartmentId is null || w.Names(DepartmentId));
}
