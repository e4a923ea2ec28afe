namespace Dispatch.Domain.Officers;

/// <summary>Duty status of an officer (DOMAIN.md §1). JSON names are camelCase: offDuty, available, ...</summary>
public enum OfficerStatus
{
    OffDuty,
    Available,
    Assigned,
    EnRoute,
    OnScene,
    Busy,
}
