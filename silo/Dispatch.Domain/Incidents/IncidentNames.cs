namespace Dispatch.Domain.Incidents;

/// <summary>Chinese names for messages users read.</summary>
public static class IncidentNames
{
    public static string Of(IncidentStatus s) => s switch
    {
        IncidentStatus.Reported => "待立案",
        IncidentStatus.Registered => "已立案待派遣",
        IncidentStatus.Rejected => "不予立案",
        IncidentStatus.Dispatched => "已派遣待签收",
        IncidentStatus.Acknowledged => "已签收",
        IncidentStatus.OnScene => "已到场",
        IncidentStatus.Handled => "已处置待核查",
        IncidentStatus.Verified => "已核查",
        IncidentStatus.Closed => "已结案",
        IncidentStatus.Evaluated => "已评价",
        IncidentStatus.Parked => "挂账",
        _ => s.ToString(),
    };

    public static string Of(IncidentAction a) => a switch
    {
        IncidentAction.Register => "立案",
        IncidentAction.Reject => "不予立案",
        IncidentAction.Dispatch => "派遣",
        IncidentAction.Acknowledge => "签收",
        IncidentAction.Decline => "拒绝",
        IncidentAction.Arrive => "到场",
        IncidentAction.Handle => "处置",
        IncidentAction.Verify => "核查",
        IncidentAction.Close => "结案",
        IncidentAction.Evaluate => "评价",
        IncidentAction.SendBack => "回退",
        IncidentAction.Extend => "延期",
        IncidentAction.Park => "挂账",
        IncidentAction.Rework => "返工",
        _ => a.ToString(),
    };
}
