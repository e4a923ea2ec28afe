namespace Dispatch.Domain.Whistles;

/// <summary>A whistle's course: drafted (awaiting the township leader), open (departments summoned), closed, rated; or stopped.</summary>
public enum WhistleStatus
{
    PendingApproval,
    Open,
    Closed,
    Rated,
    Rejected,
    Cancelled,
}
