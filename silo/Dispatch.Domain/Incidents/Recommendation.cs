namespace Dispatch.Domain.Incidents;

/// <summary>A recommendation: the officer, how far, and roughly how soon there.</summary>
public sealed record Recommendation(string OfficerId, double DistanceMeters, int EtaSeconds);
