using Dispatch.Domain.Hotline;

namespace Dispatch.Grains.Contracts.Hotline;

/// <summary>
/// The county's hotline desk (key <see cref="Key"/>): the triage queue and the deliveries back to the hotline system,
/// as the tickets report them, for the console's lists. The tickets own the truth; this is their index.
/// </summary>
public interface IHotlineDeskGrain : IGrainWithStringKey
{
    public const string Key = "county";

    Task Triage(TriageItem item);
    Task Untriage(string ticketId);

    /// <summary>Every ticket waiting in triage (not yet placed): bounded by open work, so lists page it in memory.</summary>
    Task<IReadOnlyList<TriageItem>> TriageQueue();

    Task Delivery(HotlineDelivery delivery);

    /// <summary>Results being sent, the dead letters, and the newest delivered ones, newest first.</summary>
    Task<IReadOnlyList<HotlineDelivery>> Deliveries();

    /// <summary>The size of the desk's stored state in bytes.</summary>
    Task<int> StateSize();
}
