namespace Dispatch.Domain.Incidents;

/// <summary>
/// Working days under China's holiday rules: weekends off, public holidays off, and make-up working days (调休)
/// on some weekends. Loaded from data every year, never hard-coded.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
{
    readonly HashSet<DateOnly> _holidays = [.. holidays];
    readonly HashSet<DateOnly> _makeUp = [.. makeUpWorkdays];

    public static readonly WorkingCalendar WeekdaysOnly = new([], []);

    public bool IsWorkingDay(DateOnly day) =>
        _makeUp.Contains(day) || (!_holidays.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>
    /// The same time of day, <paramref name="days"/> working days later, counted in the county's time zone
    /// (China Standard Time, UTC+8, has no daylight saving).
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days, TimeSpan utcOffset)
    {
        var local = from.ToOffset(utcOffset);
        var day = DateOnly.FromDateTime(local.DateTime);
        for (var added = 0; added < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) added++;
        }
        return new DateTimeOffset(day.ToDateTime(TimeOnly.FromDateTime(local.DateTime)), utcOffset);
    }
}
