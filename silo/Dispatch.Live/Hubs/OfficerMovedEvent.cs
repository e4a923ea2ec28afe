using Dispatch.Domain.Officers;

namespace Dispatch.Live;

public sealed record OfficerMovedEvent(string OfficerId, double Lat, double Lon, OfficerStatus Status, DateTimeOffset Time);
