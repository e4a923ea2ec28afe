using Dispatch.Domain.Common;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Tests;

public class DeadlineRulesTests
{
    // National Day 2026 as a county would load it: 1–7 October off, Sunday 27 September and Saturday 10 October worked.
    static readonly WorkingCalendar Calendar = new(
        Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d)),
        [new DateOnly(2026, 9, 27), new DateOnly(2026, 10, 10)]);

    static DateTimeOffset Beijing(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, ChinaTime.Offset);

    [Fact]
    public void Minutes_and_hours_count_on_the_clock()
    {
        var start = Beijing(11, 24, 9);
        Assert.Equal(start.AddMinutes(5), DeadlineRules.Due(start, new(DeadlineKind.Acknowledge, 5, DeadlineUnit.Minutes), Calendar));
        Assert.Equal(start.AddHours(24), DeadlineRules.Due(start, new(DeadlineKind.Handle, 24, DeadlineUnit.Hours), Calendar));
    }

    [Fact]
    public void Working_days_skip_weekends()
    {
        // Friday 09:00 + 1 working day = Monday 09:00.
        Assert.Equal(Beijing(11, 30, 9), DeadlineRules.Due(Beijing(11, 27, 9), new(DeadlineKind.Handle, 1, DeadlineUnit.WorkingDays), Calendar));
    }

    [Fact]
    public void Working_days_skip_public_holidays_and_count_make_up_days()
    {
        // Wednesday 30 September + 1 working day: 1–7 October are holidays, so Thursday 8 October.
        Assert.Equal(Beijing(10, 8, 10), DeadlineRules.Due(Beijing(9, 30, 10), new(DeadlineKind.Handle, 1, DeadlineUnit.WorkingDays), Calendar));
        // Friday 9 October + 1 working day: Saturday 10 October is a make-up working day.
        Assert.Equal(Beijing(10, 10, 10), DeadlineRules.Due(Beijing(10, 9, 10), new(DeadlineKind.Handle, 1, DeadlineUnit.WorkingDays), Calendar));
        // Saturday 26 September + 1 working day: Sunday 27 September is worked.
        Assert.Equal(Beijing(9, 27, 10), DeadlineRules.Due(Beijing(9, 26, 10), new(DeadlineKind.Handle, 1, DeadlineUnit.WorkingDays), Calendar));
    }

    [Fact]
    public void Working_days_are_counted_in_China_time_whatever_the_offset_given()
    {
        // 23:00 UTC on Friday is 07:00 Saturday in Beijing: one working day later is Monday 07:00 Beijing.
        var fridayLateUtc = new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero);
        Assert.Equal(Beijing(11, 30, 7), DeadlineRules.Due(fridayLateUtc, new(DeadlineKind.Handle, 1, DeadlineUnit.WorkingDays), Calendar));
    }

    [Fact]
    public void Every_priority_has_acknowledge_arrive_and_handle_limits_tighter_for_urgent()
    {
        foreach (var (_, limits) in DeadlineRules.Defaults)
            Assert.Equal([DeadlineKind.Acknowledge, DeadlineKind.Arrive, DeadlineKind.Handle], limits.Select(l => l.Kind));
        var start = Beijing(11, 24, 9);
        var urgent = DeadlineRules.For(DeadlineRules.Defaults[Priority.Urgent], start, Calendar);
        var normal = DeadlineRules.For(DeadlineRules.Defaults[Priority.Normal], start, Calendar);
        Assert.All(urgent.Zip(normal), p => Assert.True(p.First.Due < p.Second.Due));
    }
}

public class DuplicateRuleTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    static readonly GeoPoint Here = new(28.45, 119.92);

    [Fact]
    public void A_report_of_the_same_category_nearby_merges_into_the_nearest_open_incident()
    {
        var open = new[]
        {
            new OpenIncident("I-far", "占道经营", GeoDistance.Offset(Here, 90, 0), Now.AddMinutes(-5)),
            new OpenIncident("I-near", "占道经营", GeoDistance.Offset(Here, 30, 0), Now.AddMinutes(-5)),
            new OpenIncident("I-other", "噪声扰民", Here, Now.AddMinutes(-5)),
        };
        Assert.Equal("I-near", DuplicateRule.Default.MergeTarget(open, "占道经营", Here, Now)?.Id);
    }

    [Fact]
    public void Farther_than_the_radius_or_older_than_the_window_is_a_new_incident()
    {
        var open = new[]
        {
            new OpenIncident("I-far", "占道经营", GeoDistance.Offset(Here, 150, 0), Now.AddMinutes(-5)),
            new OpenIncident("I-old", "占道经营", Here, Now.AddHours(-3)),
        };
        Assert.Null(DuplicateRule.Default.MergeTarget(open, "占道经营", Here, Now));
    }
}

public class DeadlineLimitsTests
{
    static readonly IncidentCategory Water = new("water-outage", "停水", "zhzf", null) { Deadlines = [new(DeadlineKind.Handle, 24, DeadlineUnit.Hours)] };
    static readonly IncidentCategory Plain = new("littering", "乱堆乱放", "zhzf", null);

    [Fact]
    public void A_category_with_its_own_limits_uses_them_whatever_the_priority() =>
        Assert.Equal(Water.Deadlines, new IncidentSettings().LimitsFor(Water, Priority.Low));

    [Fact]
    public void A_county_may_set_its_own_limits_per_priority_and_the_rest_keep_the_defaults()
    {
        IReadOnlyList<DeadlineLimit> strict = [new(DeadlineKind.Acknowledge, 3, DeadlineUnit.Minutes)];
        var county = new IncidentSettings { DeadlinesByPriority = new Dictionary<Priority, IReadOnlyList<DeadlineLimit>> { [Priority.Urgent] = strict } };
        Assert.Equal(strict, county.LimitsFor(Plain, Priority.Urgent));
        Assert.Equal(DeadlineRules.Defaults[Priority.Normal], county.LimitsFor(Plain, Priority.Normal));
    }
}

public class DeadlineWatchTests
{
    static readonly DateTimeOffset Start = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    static IncidentRecord Incident(params DeadlineKind[] met) => new()
    {
        Id = "Z1-1", Category = "littering", Description = "x", Location = new Dispatch.Domain.Geo.GeoPoint(28.4, 119.9), ZoneId = "Z1",
        DepartmentId = "zhzf", ReportedBy = "grid", CreatedAt = Start, UpdatedAt = Start, Status = IncidentStatus.Dispatched,
        Deadlines = [new(DeadlineKind.Acknowledge, Start.AddMinutes(30)), new(DeadlineKind.Handle, Start.AddHours(24))],
        Met = met,
    };

    [Fact]
    public void Nothing_is_due_well_before_a_deadline() => Assert.Empty(DeadlineWatch.Due(Incident(), Start.AddMinutes(10)));

    [Fact]
    public void A_met_deadline_never_escalates() =>
        Assert.DoesNotContain(DeadlineWatch.Due(Incident(DeadlineKind.Acknowledge), Start.AddHours(2)), e => e.Kind == DeadlineKind.Acknowledge);

    [Fact]
    public void Steps_come_in_order_and_each_only_once()
    {
        var r = Incident();
        var late = DeadlineWatch.Due(r, Start.AddMinutes(50));
        Assert.Equal([EscalationLevel.Reminder, EscalationLevel.Zone, EscalationLevel.County], late.Where(e => e.Kind == DeadlineKind.Acknowledge).Select(e => e.Level));
        var recorded = DeadlineWatch.Record(r, late);
        Assert.Empty(DeadlineWatch.Due(recorded, Start.AddMinutes(50)));
        Assert.Equal(late.Count, recorded.Timeline.Count);
    }

    [Fact]
    public void A_closed_or_parked_incident_has_nothing_due()
    {
        Assert.Empty(DeadlineWatch.Due(Incident() with { Status = IncidentStatus.Closed }, Start.AddDays(3)));
        Assert.Empty(DeadlineWatch.Due(Incident() with { Status = IncidentStatus.Parked }, Start.AddDays(3)));
    }
}
