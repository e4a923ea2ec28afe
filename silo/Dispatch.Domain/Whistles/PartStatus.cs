namespace Dispatch.Domain.Whistles;

/// <summary>
/// One summoned department's part (报到): notified → assigned (officers named: the department has reported) →
/// acknowledged → arrived → handled. Overdue shows that the stage due now missed its time limit; the part stays open.
/// </summary>
public enum PartStatus
{
    Notified,
    Assigned,
    Acknowledged,
    Arrived,
    Handled,
    Overdue,
}
