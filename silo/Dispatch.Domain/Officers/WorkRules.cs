namespace Dispatch.Domain.Officers;

public static class WorkRules
{
    /// <summary>The officer's new status, or why the step is refused (an assignment needs a free officer on duty).</summary>
    public static DutyChange Apply(OfficerStatus current, WorkStep step) => (step, current) switch
    {
        (WorkStep.Assigned, OfficerStatus.Available) => new(OfficerStatus.Assigned),
        (WorkStep.Assigned, OfficerStatus.OffDuty) => new(current, "该执法队员未上岗，不能派遣"),
        (WorkStep.Assigned, _) => new(current, "该执法队员正在处理其他任务，不能派遣"),
        (WorkStep.Acknowledged, _) => new(OfficerStatus.EnRoute),
        (WorkStep.Arrived, _) => new(OfficerStatus.OnScene),
        (WorkStep.Finished or WorkStep.Released, OfficerStatus.OffDuty) => new(OfficerStatus.OffDuty),
        (WorkStep.Finished or WorkStep.Released, _) => new(OfficerStatus.Available),
        _ => new(current),
    };
}
