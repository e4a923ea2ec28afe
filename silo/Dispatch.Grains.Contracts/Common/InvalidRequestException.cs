namespace Dispatch.Grains.Contracts.Common;

/// <summary>The request is malformed or names something that does not exist (HTTP 400/404, a hub error). Nothing changed.</summary>
[GenerateSerializer]
public sealed class InvalidRequestException(string message) : Exception(message);
