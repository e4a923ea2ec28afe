using Dispatch.Domain.Officers;

namespace Dispatch.Domain.Tests;

public class DutyRulesTests
{
    [Fact]
    public void Going_on_duty_makes_an_officer_available() =>
        Assert.Equal(OfficerStatus.Available, DutyRules.SetOnDuty(OfficerStatus.OffDuty, true).Status);

    [Theory]
    [InlineData(OfficerStatus.Available)]
    [InlineData(OfficerStatus.Busy)]
    [InlineData(OfficerStatus.OffDuty)]
    public void An_officer_without_work_in_hand_can_go_off_duty(OfficerStatus from)
    {
        var change = DutyRules.SetOnDuty(from, false);
        Assert.False(change.Refused);
        Assert.Equal(OfficerStatus.OffDuty, change.Status);
    }

    [Theory]
    [InlineData(OfficerStatus.Assigned)]
    [InlineData(OfficerStatus.EnRoute)]
    [InlineData(OfficerStatus.OnScene)]
    public void Going_off_duty_with_work_in_hand_is_refused(OfficerStatus from)
    {
        var change = DutyRules.SetOnDuty(from, false);
        Assert.True(change.Refused);
        Assert.Equal(from, change.Status);
    }

    [Theory]
    [InlineData(OfficerStatus.Assigned)]
    [InlineData(OfficerStatus.OnScene)]
    public void Going_on_duty_again_changes_nothing(OfficerStatus from) =>
        Assert.Equal(from, DutyRules.SetOnDuty(from, true).Status);
}
