
namespace Dispatch.Domain.Inspections.Planning;

/// <summary>
/// Past checks indexed for the planner: this year's count per enterprise and item, the enterprises each item may no
/// longer check this year (cap used up or checked by a higher level), and every check per enterprise for repeat alerts.
/// The exclusions are kept per item so a draw asks one set per candidate.
/// </summary>
internal sealed class HistoryIndex
{
    static readonly IReadOnlyList<InspectionHistoryEntry> NoChecks = [];

    readonly Dictionary<(string, string), int> _doneThisYear = [];
    readonly Dictionary<string, HashSet<string>> _excludedByItem = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<InspectionHistoryEntry>> _byEnterprise = new(StringComparer.Ordinal);

    public static HistoryIndex Of(IEnumerable<InspectionHistoryEntry> history, int year, InspectionSettings settings)
    {
        var index = new HistoryIndex();
        foreach (var h in history)
        {
            (index._byEnterprise.TryGetValue(h.CreditCode, out var l) ? l : index._byEnterprise[h.CreditCode] = []).Add(h);
            if (h.Date.Year != year) continue;
            var done = index._doneThisYear[(h.CreditCode, h.ItemCode)] = index._doneThisYear.GetValueOrDefault((h.CreditCode, h.ItemCode)) + 1;
            // Rules 3 and 4: the item's yearly cap is used up, or a higher level already checked it this year.
            if (h.Level > InspectionLevel.County || done >= settings.SameTypeChecksPerYear)
                (index._excludedByItem.TryGetValue(h.ItemCode, out var s) ? s : index._excludedByItem[h.ItemCode] = new(StringComparer.Ordinal)).Add(h.CreditCode);
        }
        return index;
    }

    public int DoneThisYear(string code, string item) => _doneThisYear.GetValueOrDefault((code, item));

    /// <summary>The enterprises this item may not check again this year, or null when there are none.</summary>
    public HashSet<string>? ExcludedFor(string item) => _excludedByItem.GetValueOrDefault(item);

    public IReadOnlyList<InspectionHistoryEntry> ChecksOf(string code) => _byEnterprise.TryGetValue(code, out var l) ? l : NoChecks;
}
