using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Grains.Inspections;

/// <summary>
/// Grain state of the county's office: its counters, the years with work and whether the demo plans were put in. The
/// first four fields are what the office held of every year at once before each year had a grain of its own; they are
/// read from the stored record as it was and emptied year by year as each year's grain takes its part.
/// </summary>
[GenerateSerializer]
public sealed class InspectionOfficeState
{
    /// <summary>From before the year grains, keyed <c>{departmentId}|{year}</c>; emptied as the years take them.</summary>
    [Id(0)] public Dictionary<string, FiledPlan> Plans { get; set; } = [];
    /// <summary>From before the year grains; emptied as the years take them.</summary>
    [Id(1)] public List<AdhocFiling> Filings { get; set; } = [];
    /// <summary>From before the year grains; emptied as the years take them.</summary>
    [Id(2)] public List<PlannerRunRecord> Runs { get; set; } = [];
    /// <summary>From before the year grains; emptied as the years take them.</summary>
    [Id(3)] public List<string> DrawIds { get; set; } = [];
    /// <summary>Draw ids handed out.</summary>
    [Id(4)] public int Draws { get; set; }
    /// <summary>Whether the demo county's plans were put in (once, into the year that first opened as this year).</summary>
    [Id(5)] public bool Seeded { get; set; }
    /// <summary>Filing ids handed out (before the year grains: the number of filings held).</summary>
    [Id(6)] public int FilingIds { get; set; }
    /// <summary>The years whose grain has work, at most one per year from 2000 to 2100.</summary>
    [Id(7)] public List<int> Years { get; set; } = [];
}
