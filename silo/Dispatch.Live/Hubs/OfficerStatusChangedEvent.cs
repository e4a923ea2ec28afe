using Dispatch.Domain.Officers;

namespace Dispatch.Live;

public sealed record OfficerStatusChangedEvent(string OfficerId, OfficerStatus Status, DateTimeOffset Time);
