using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Domain.Inspections.Planning;

/// <summary>
/// The joint meeting's planner (DOMAIN.md §4 rules 1, 3–6, 9): turns the departments' plans for one quarter into one
/// visit per enterprise. Every lookup is by dictionary and the directory is ranked once per seed, so the work grows with
/// enterprises × plan items, never with enterprises squared.
/// </summary>
public static class Planner
{
    public static PlannerResult Plan(PlannerInputs inputs, int year, string period, ulong seed)
    {
        var quarter = InspectionPeriod.Parse(period) is { } q && q.Year == year
            ? q : throw new ArgumentException($"period '{period}' is not a quarter of {year}", nameof(period));
        var settings = inputs.Settings;
        var enterprises = inputs.Enterprises;
        var indexOf = new Dictionary<string, int>(enterprises.Count, StringComparer.Ordinal);
        for (var i = 0; i < enterprises.Count; i++) indexOf[enterprises[i].CreditCode] = i;
        var history = HistoryIndex.Of(inputs.History, year, settings);
        var scenarios = inputs.Scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);

        // One ranking for every item: samples of different departments on overlapping pools then nest (the top of the same
        // order), so their enterprises coincide and merge into shared visits instead of each department drawing its own.
        var ranks = enterprises.Select(e => SampleDraw.Rank(seed, e.CreditCode)).ToArray();
        var rankedByGrade = Enumerable.Range(0, enterprises.Count).Where(i => !enterprises[i].KeyList)
            .OrderBy(i => ranks[i]).ThenBy(i => enterprises[i].CreditCode, StringComparer.Ordinal)
            .GroupBy(i => enterprises[i].CreditGrade).ToDictionary(g => g.Key, g => g.ToArray());
        var keyList = Enumerable.Range(0, enterprises.Count).Where(i => enterprises[i].KeyList).ToArray();

        var checks = new List<(string Department, string Item, string? Scenario)>?[enterprises.Count];
        var mustVisit = new bool[enterprises.Count];
        var samples = new List<(CreditGrade Grade, int Need, List<int> Pool)>();
        var draws = new List<SampleDrawRecord>();

        void Add(int i, string department, string item, string? scenario)
        {
            var list = checks[i] ??= [];
            var planned = 0;
            foreach (var c in list)
            {
                if (c.Item != item) continue;
                if (c.Department == department) return;
                planned++;
            }
            // The cap counts this plan too: a second department planning the same item on the same enterprise is dropped.
            if (history.DoneThisYear(enterprises[i].CreditCode, item) + planned >= settings.SameTypeChecksPerYear) return;
            list.Add((department, item, scenario));
        }

        foreach (var plan in inputs.Plans.Where(p => p.Year == year).OrderBy(p => p.DepartmentId, StringComparer.Ordinal))
        foreach (var item in plan.Items.Where(i => i.Period == period))
        {
            var filter = item.ScenarioId is { } sid && scenarios.TryGetValue(sid, out var s) ? s.Filter : ScenarioFilter.All;
            var excluded = history.ExcludedFor(item.ItemCode);
            bool Eligible(int i) => (excluded is null || !excluded.Contains(enterprises[i].CreditCode)) && filter.Matches(enterprises[i]);

            if (!item.Target.IsSample)
            {
                foreach (var code in item.Target.CreditCodes ?? [])
                    if (indexOf.TryGetValue(code, out var i) && excluded?.Contains(code) != true)
                    {
                        Add(i, plan.DepartmentId, item.ItemCode, item.ScenarioId);
                        mustVisit[i] = true;
                    }
                continue;
            }
            // Key-list enterprises are all checked, never drawn (rule 5).
            foreach (var i in keyList)
                if (Eligible(i))
                {
                    Add(i, plan.DepartmentId, item.ItemCode, item.ScenarioId);
                    mustVisit[i] = true;
                }
            // Exclusions come before the draw (rule 9), so the ratio applies to the enterprises that may be checked.
            foreach (var (grade, ranked) in rankedByGrade)
            {
                var ratio = item.Target.RatioFor(grade);
                if (ratio <= 0) continue;
                var pool = new List<int>();
                foreach (var i in ranked) if (Eligible(i)) pool.Add(i);
                var need = SampleDraw.SampleSize(ratio, pool.Count);
                for (var k = 0; k < need; k++) Add(pool[k], plan.DepartmentId, item.ItemCode, item.ScenarioId);
                samples.Add((grade, need, pool));
                draws.Add(new SampleDrawRecord(plan.DepartmentId, item.ItemCode, grade, ratio, pool.Count,
                    SampleDraw.PoolHash(pool.Select(i => enterprises[i].CreditCode)), pool.Take(need).Select(i => enterprises[i].CreditCode).ToList()));
            }
        }

        var workdays = Workdays(quarter);
        var tasks = new List<JointTask>();
        var flags = new List<RepeatCheckFlag>();
        var naive = 0;
        foreach (var i in Enumerable.Range(0, enterprises.Count).OrderBy(i => enterprises[i].CreditCode, StringComparer.Ordinal))
        {
            if (checks[i] is not { Count: > 0 } list) continue;
            var enterprise = enterprises[i];
            var code = enterprise.CreditCode;
            var departments = list.GroupBy(c => c.Department, StringComparer.Ordinal)
                .Select(g => new TaskDepartment(g.Key, g.Select(c => c.Item).Order(StringComparer.Ordinal).ToList()))
                .OrderBy(d => d.DepartmentId, StringComparer.Ordinal).ToList();
            naive += departments.Count;
            var scenario = list.Select(c => c.Scenario).OfType<string>().Distinct().Order(StringComparer.Ordinal)
                .Select(id => scenarios.GetValueOrDefault(id)).FirstOrDefault(s => s is not null && s.Filter.Matches(enterprise));
            var lead = scenario?.LeadDepartmentId ?? LeadByItems(departments);
            var date = PlannedDate(ranks[i], workdays, history.ChecksOf(code), settings.RepeatAlertDays);
            if (Nearest(history.ChecksOf(code), date) is { } previous && Math.Abs(date.DayNumber - previous.Date.DayNumber) <= settings.RepeatAlertDays)
                flags.Add(new RepeatCheckFlag(code, date, previous.Date, previous.DepartmentId, Math.Abs(date.DayNumber - previous.Date.DayNumber)));
            tasks.Add(new JointTask(code, period, lead, scenario?.Id, departments, date, enterprise.PeakHours));
        }

        var lowerBound = mustVisit.Count(m => m) + samples.GroupBy(s => s.Grade).Sum(g => SampleFloor(g, mustVisit));
        var result = new PlannerResult(year, period, seed, tasks, naive, lowerBound, [], flags, draws);
        return result with { Violations = PlanRules.Violations(result, inputs, settings) };
    }

    /// <summary>
    /// The fewest enterprises outside the must-visit set that one grade's samples call for. A sample of n from a pool needs
    /// n of that pool's enterprises, less the must-visit ones already counted; samples from pools that share no enterprise
    /// (e.g. two scenarios of different industries) need different enterprises, so those add up. Pools are taken largest
    /// need first and kept when disjoint from those kept: any such choice is a floor, and it is at least the largest need.
    /// </summary>
    static int SampleFloor(IEnumerable<(CreditGrade Grade, int Need, List<int> Pool)> samples, bool[] mustVisit)
    {
        var pools = samples
            .Select(s => (s.Pool, Need: Math.Max(0, s.Need - s.Pool.Count(i => mustVisit[i]))))
            .Where(p => p.Need > 0)
            .OrderByDescending(p => p.Need).ThenByDescending(p => p.Pool.Count)
            .ToList();
        var kept = new List<HashSet<int>>();
        var floor = 0;
        foreach (var (pool, need) in pools)
        {
            if (kept.Any(k => pool.Any(k.Contains))) continue;
            kept.Add([.. pool]);
            floor += need;
        }
        return floor;
    }

    /// <summary>Without a scenario, the department with the most items on the visit leads; ties go to the lower department id.</summary>
    public static string LeadByItems(IReadOnlyList<TaskDepartment> departments) =>
        departments.OrderByDescending(d => d.ItemCodes.Count).ThenBy(d => d.DepartmentId, StringComparer.Ordinal).First().DepartmentId;

    static List<DateOnly> Workdays(InspectionPeriod quarter)
    {
        var days = new List<DateOnly>();
        for (var d = quarter.First; d <= quarter.Last; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days.Add(d);
        return days;
    }

    /// <summary>
    /// A weekday of the quarter picked from the enterprise's rank (so visits spread over the quarter), moved to the next
    /// weekday clear of the repeat-alert window around earlier checks when there is one; otherwise kept, and flagged.
    /// </summary>
    static DateOnly PlannedDate(ulong rank, List<DateOnly> workdays, IReadOnlyList<InspectionHistoryEntry> previous, int window)
    {
        var start = (int)(SampleDraw.Mix(rank) % (ulong)workdays.Count);
        if (previous.Count == 0) return workdays[start];
        for (var i = 0; i < workdays.Count; i++)
        {
            var day = workdays[(start + i) % workdays.Count];
            if (previous.All(p => Math.Abs(day.DayNumber - p.Date.DayNumber) > window)) return day;
        }
        return workdays[start];
    }

    static InspectionHistoryEntry? Nearest(IReadOnlyList<InspectionHistoryEntry> previous, DateOnly day) =>
        previous.Count == 0 ? null : previous.MinBy(p => Math.Abs(day.DayNumber - p.Date.DayNumber));
}
