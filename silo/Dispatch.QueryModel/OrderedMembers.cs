namespace Dispatch.QueryModel;

/// <summary>
/// One set of the memory store: members in ordinal order in an array, found by binary search. New items arrive at the
/// end (they are the newest), so adding is cheap; a range walk starts in O(log n) whatever the set's size, which
/// <see cref="SortedSet{T}.GetViewBetween"/> does not (it counts the whole view first).
/// </summary>
sealed class OrderedMembers
{
    readonly List<string> _members = [];

    public int Count => _members.Count;

    public void Add(string member)
    {
        var i = _members.BinarySearch(member, StringComparer.Ordinal);
        if (i < 0) _members.Insert(~i, member);
    }

    public void Remove(string member)
    {
        var i = _members.BinarySearch(member, StringComparer.Ordinal);
        if (i >= 0) _members.RemoveAt(i);
    }

    /// <summary>Up to <paramref name="count"/> members strictly below <paramref name="below"/> and at or above <paramref name="atLeast"/>, highest first.</summary>
    public List<string> Below(string? below, string? atLeast, int count)
    {
        var start = _members.Count - 1;
        if (below is not null)
        {
            var i = _members.BinarySearch(below, StringComparer.Ordinal);
            start = (i >= 0 ? i : ~i) - 1;
        }
        var found = new List<string>(Math.Min(count, Math.Max(0, start + 1)));
        for (var j = start; j >= 0 && found.Count < count; j--)
        {
            if (atLeast is not null && string.CompareOrdinal(_members[j], atLeast) < 0) break;
            found.Add(_members[j]);
        }
        return found;
    }
}
