namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// The office's ids. A run is <c>R2026Q4-1</c>, numbered within its quarter, so its year is in its id; out-of-plan
/// filings (<c>A00001</c>) and draws (<c>D0001</c>) are numbered across the county's years, as they always were, since
/// neither id names a year and a draw's id is the key of its record: no id is handed out twice.
/// </summary>
public static class InspectionNumbers
{
    public static string Run(InspectionPeriod quarter, int n) => $"R{quarter.Year}Q{quarter.Quarter}-{n}";

    public static string Filing(int n) => $"A{n:00000}";

    public static string Draw(int n) => $"D{n:0000}";

    /// <summary>The year of a run id (<c>R2026Q4-1</c>) or of one of its tasks' (<c>R2026Q4-1-0001</c>); null for any other text.</summary>
    public static int? YearOf(string? runOrTaskId) =>
        runOrTaskId is { Length: >= 9 } id && id[0] == 'R' && id[7] == '-' && InspectionPeriod.Parse($"{id[1..5]}-{id[5..7]}") is { } quarter
            ? quarter.Year
            : null;
}
