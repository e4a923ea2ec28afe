using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Grains.Inspections;

/// <summary>
/// How a directory grain takes an import: every record added or replaced by its key, written once, and on a storage
/// failure the directory in memory goes back to what storage holds (all or nothing, in memory as in storage).
/// </summary>
public static class DirectoryUpsert
{
    public static async Task<ImportCount> Apply<T>(Func<Dictionary<string, T>> get, Action<Dictionary<string, T>> set,
        IReadOnlyList<T> records, Func<T, string> keyOf, Func<Task> write)
    {
        var before = get();
        var next = new Dictionary<string, T>(before);
        var updated = records.Count(r => before.ContainsKey(keyOf(r)));
        foreach (var r in records) next[keyOf(r)] = r;
        set(next);
        try
        {
            await write();
        }
        catch
        {
            set(before);
            throw;
        }
        return new ImportCount(records.Count - updated, updated);
    }
}
