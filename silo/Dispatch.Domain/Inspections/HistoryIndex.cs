namespace Dispatch.Domain.Inspections;

/// <summary>Past checks indexed for the planner and the rule check: this year's count per enterprise and item, higher-level checks, and every check per enterprise.</summary>
internal sealed class HistoryIndex
{
    static readonly IReadOnlyList<InspectionHistoryEntry> NoChecks = [];

    readonly Dictionary<(string, string), int> _doneThisYear = [];
    readonly HashSet<(string, string)> _byHigherLevel = [];
    readonly Dictionary<string, List<InspectionHistoryEntry>> _byEnterprise = new(StringComparer.Ordinal);
    int _cap;

    public static HistoryIndex Of(IEnumerable<InspectionHistoryEntry> history, int year, InspectionSettings settings)
    {
        var index = new HistoryIndex { _cap = settings.SameTypeChecksPerYear };
        foreach (var h in history)
        {
            (index._byEnterprise.TryGetValue(h.CreditCode, out var l) ? l : index._byEnterprise[h.CreditCode] = []).Add(h);
            if (h.Date.Year != year) continue;
            var key = (h.CreditCode, h.ItemCode);
            index._doneThisYear[key] = index._doneThisYear.GetValueOrDefault(key) + 1;
            if (h.Level > InspectionLevel.County) index._byHigherLevel.Add(key);
        }
        return index;
    }

    public int DoneThisYear(string code, string item) => _doneThisYear.GetValueOrDefault((code, item));

    public bool ByHigherLevel(string code, string item) => _byHigherLevel.Contains((code, item));

    /// <summary>Rules 3 and 4: the item's yearly cap is used up, or a higher level already checked it this year.</summary>
    public bool Excludes(string code, string item) => ByHigherLevel(code, item) || DoneThisYear(code, item) >= _cap;

    public IReadOnlyList<InspectionHistoryEntry> ChecksOf(string code) => _byEnterprise.TryGetValue(code, out var l) ? l : NoChecks;
}
