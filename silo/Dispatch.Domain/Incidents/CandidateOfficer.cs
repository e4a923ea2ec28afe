using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Officers;

namespace Dispatch.Domain.Incidents;

/// <summary>An officer as the recommender sees one: who, what status, where.</summary>
public sealed record CandidateOfficer(OfficerProfile Profile, OfficerStatus Status, GeoPoint? Position);
