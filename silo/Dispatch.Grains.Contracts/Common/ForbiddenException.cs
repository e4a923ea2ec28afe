namespace Dispatch.Grains.Contracts.Common;

/// <summary>The caller's role or relation to the thing does not allow the change (HTTP 403, a hub error). Nothing changed.</summary>
[GenerateSerializer]
public sealed class ForbiddenException(string message) : Exception(message);
