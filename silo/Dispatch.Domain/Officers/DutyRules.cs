namespace Dispatch.Domain.Officers;

/// <summary>Going on and off duty. Officers with work in hand cannot go off duty: the work would be orphaned.</summary>
public static class DutyRules
{
    public static DutyChange SetOnDuty(OfficerStatus current, bool onDuty) => (current, onDuty) switch
    {
        (OfficerStatus.OffDuty, true) => new(OfficerStatus.Available),
        (_, true) => new(current),
        (OfficerStatus.OffDuty or OfficerStatus.Available or OfficerStatus.Busy, false) => new(OfficerStatus.OffDuty),
        (_, false) => new(current, "有正在处理的任务，完成或移交后才能下岗"),
    };
}
