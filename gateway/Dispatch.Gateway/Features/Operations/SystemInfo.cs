namespace Dispatch.Gateway.Features.Operations;

/// <summary>What <c>GET /api/system</c> tells every page: the console shows plainly when data lives only in memory.</summary>
public sealed record SystemInfo(string Mode, string Persistence, bool Demo, string CountyName);
