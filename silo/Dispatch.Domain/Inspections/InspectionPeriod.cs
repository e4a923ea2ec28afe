using System.Globalization;

namespace Dispatch.Domain.Inspections;

/// <summary>A planning quarter, written <c>YYYY-Qn</c>.</summary>
public sealed record InspectionPeriod(int Year, int Quarter)
{
    public DateOnly First => new(Year, 3 * Quarter - 2, 1);
    public DateOnly Last => First.AddMonths(3).AddDays(-1);

    public bool Contains(DateOnly day) => day >= First && day <= Last;

    public override string ToString() => $"{Year}-Q{Quarter}";

    public static InspectionPeriod? Parse(string? text) =>
        text is { Length: 7 } && text[4] == '-' && text[5] == 'Q'
        && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 2000
        && text[6] is >= '1' and <= '4'
            ? new InspectionPeriod(year, text[6] - '0')
            : null;
}
