using Dispatch.Domain.Whistles;

namespace Dispatch.Live;

/// <summary>whistleTaskOffered on /hubs/field: a whistle task for this officer, shown like an assignment.</summary>
public sealed record WhistleTaskOfferedEvent(string WhistleId, string Title, WhistleUrgency Urgency, LatLonDto Location, string DepartmentId, DateTimeOffset? Deadline);
