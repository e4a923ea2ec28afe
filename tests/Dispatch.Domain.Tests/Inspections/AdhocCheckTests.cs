using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Adhoc;

namespace Dispatch.Domain.Tests.Inspections;

/// <summary>DOMAIN.md §4 rule 2: out-of-plan checks are filed ahead, counted in China days, unless exempt.</summary>
public class AdhocCheckTests
{
    static readonly InspectionSettings Defaults = new();
    static AdhocCheckRequest On(DateOnly day, AdhocExemption? exemption = null) => new("SCJ", InspectionWorld.Code(1), "SCJ-food", day, exemption);

    [Fact]
    public void Filed_five_China_days_ahead_is_allowed_and_four_goes_into_a_later_plan()
    {
        var filed = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
        Assert.True(AdhocCheck.Decide(On(new DateOnly(2026, 3, 7)), filed, Defaults).Allowed);

        var refused = AdhocCheck.Decide(On(new DateOnly(2026, 3, 6)), filed, Defaults);
        Assert.False(refused.Allowed);
        Assert.True(refused.QueueForLaterPlan);
        Assert.Contains("提前 5 天", refused.Reason);
    }

    [Fact]
    public void Days_are_counted_in_China_time_not_UTC()
    {
        // 17:00 UTC on 1 March is already 01:00 on 2 March in the county: 4 days before the 6th, not 5.
        var filed = new DateTimeOffset(2026, 3, 1, 17, 0, 0, TimeSpan.Zero);
        Assert.False(AdhocCheck.Decide(On(new DateOnly(2026, 3, 6)), filed, Defaults).Allowed);
        Assert.True(AdhocCheck.Decide(On(new DateOnly(2026, 3, 6)), filed.AddHours(-2), Defaults).Allowed);
    }

    [Theory]
    [InlineData(AdhocExemption.CommitmentApproval)]
    [InlineData(AdhocExemption.EnvironmentSafety)]
    [InlineData(AdhocExemption.SpecialCampaign)]
    public void Exempt_checks_need_no_advance_filing_unless_the_county_withdraws_the_exemption(AdhocExemption exemption)
    {
        var filed = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
        Assert.True(AdhocCheck.Decide(On(new DateOnly(2026, 3, 2), exemption), filed, Defaults).Allowed);
        Assert.False(AdhocCheck.Decide(On(new DateOnly(2026, 3, 2), exemption), filed, Defaults with { Exemptions = [] }).Allowed);
    }

    [Fact]
    public void The_advance_days_are_the_countys_setting()
    {
        var filed = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
        Assert.False(AdhocCheck.Decide(On(new DateOnly(2026, 3, 7)), filed, Defaults with { AdvanceFilingDays = 7 }).Allowed);
        Assert.True(AdhocCheck.Decide(On(new DateOnly(2026, 3, 4)), filed, Defaults with { AdvanceFilingDays = 2 }).Allowed);
    }
}
