namespace Dispatch.Grains.Officers;

public sealed class OfficerSettings
{
    /// <summary>Positions are written to storage at most this often per officer; status changes are written at once.</summary>
    public TimeSpan PositionSnapshotInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>After a real device speaks for an officer, the demo simulator leaves that officer alone this long.</summary>
    public TimeSpan DeviceHoldsOfficerFor { get; set; } = TimeSpan.FromMinutes(5);
}
