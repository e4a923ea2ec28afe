using Dispatch.Domain.Geo;
using Dispatch.Domain.Officers;

namespace Dispatch.Domain.Tests;

public class PositionRulesTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    static readonly PositionRuleSettings Settings = new();
    static readonly GeoPoint Lishui = new(28.45, 119.92);

    static FixVerdict Evaluate(PositionFix fix, PositionFix? last = null, OfficerStatus status = OfficerStatus.Available) =>
        PositionRules.Evaluate(fix, last, status, Now, Settings);

    [Fact]
    public void A_first_well_formed_fix_is_accepted() =>
        Assert.Equal(FixOutcome.Accepted, Evaluate(new(Lishui, 8, Now)).Outcome);

    [Theory]
    [InlineData(double.NaN, 119.9)]
    [InlineData(28.4, double.PositiveInfinity)]
    [InlineData(91, 119.9)]
    [InlineData(-90.5, 119.9)]
    [InlineData(28.4, 180.01)]
    public void Impossible_coordinates_are_rejected_with_a_reason(double lat, double lon)
    {
        var verdict = Evaluate(new(new GeoPoint(lat, lon), 5, Now));
        Assert.Equal(FixOutcome.Rejected, verdict.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(verdict.Error));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(50_000)]
    public void Nonsense_accuracy_is_rejected(double accuracy) =>
        Assert.Equal(FixOutcome.Rejected, Evaluate(new(Lishui, accuracy, Now)).Outcome);

    [Fact]
    public void A_timestamp_far_in_the_future_is_rejected() =>
        Assert.Equal(FixOutcome.Rejected, Evaluate(new(Lishui, 5, Now.AddMinutes(10))).Outcome);

    [Fact]
    public void A_little_clock_skew_is_tolerated() =>
        Assert.Equal(FixOutcome.Accepted, Evaluate(new(Lishui, 5, Now.AddSeconds(30))).Outcome);

    [Fact]
    public void A_fix_older_than_an_hour_is_rejected() =>
        Assert.Equal(FixOutcome.Rejected, Evaluate(new(Lishui, 5, Now.AddHours(-2))).Outcome);

    [Fact]
    public void An_off_duty_officer_is_not_tracked() =>
        Assert.Equal(FixOutcome.IgnoredOffDuty, Evaluate(new(Lishui, 5, Now), status: OfficerStatus.OffDuty).Outcome);

    [Fact]
    public void An_out_of_order_fix_is_ignored()
    {
        var last = new PositionFix(Lishui, 5, Now);
        Assert.Equal(FixOutcome.IgnoredOutOfOrder, Evaluate(new(Lishui, 5, Now.AddSeconds(-5)), last).Outcome);
        Assert.Equal(FixOutcome.IgnoredOutOfOrder, Evaluate(new(Lishui, 5, Now), last).Outcome);
    }

    [Fact]
    public void A_jump_faster_than_any_officer_travels_is_ignored()
    {
        var last = new PositionFix(Lishui, 5, Now.AddSeconds(-10));
        var tenKmAway = GeoDistance.Offset(Lishui, 10_000, 90);
        Assert.Equal(FixOutcome.IgnoredImpossibleSpeed, Evaluate(new(tenKmAway, 5, Now), last).Outcome);
    }

    [Fact]
    public void Driving_speed_is_plausible()
    {
        var last = new PositionFix(Lishui, 5, Now.AddSeconds(-10));
        var twoHundredMetres = GeoDistance.Offset(Lishui, 200, 45); // 72 km/h
        Assert.Equal(FixOutcome.Accepted, Evaluate(new(twoHundredMetres, 5, Now), last).Outcome);
    }

    [Fact]
    public void Fixes_closer_together_than_the_minimum_interval_are_ignored()
    {
        var last = new PositionFix(Lishui, 5, Now.AddMilliseconds(-300));
        Assert.Equal(FixOutcome.IgnoredTooFrequent, Evaluate(new(Lishui, 5, Now), last).Outcome);
    }
}
