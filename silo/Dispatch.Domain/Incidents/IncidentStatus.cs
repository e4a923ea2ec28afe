namespace Dispatch.Domain.Incidents;

/// <summary>
/// The closed loop of DOMAIN.md §2 (GB/T 30428): 信息收集 → 立案 → 派遣 → 签收 → 到场 → 处置 → 核查 → 结案 → 评价,
/// with rejection (不予立案) and parking (挂账) as the two ways out of the main line.
/// </summary>
public enum IncidentStatus
{
    Reported,
    Registered,
    Rejected,
    Dispatched,
    Acknowledged,
    OnScene,
    Handled,
    Verified,
    Closed,
    Evaluated,
    Parked,
}

public static class IncidentStatuses
{
    /// <summary>Still someone's work: counts against deadlines and appears in the dispatch queue.</summary>
    public static bool IsOpen(this IncidentStatus s) =>
        s is not (IncidentStatus.Rejected or IncidentStatus.Closed or IncidentStatus.Evaluated);
}
