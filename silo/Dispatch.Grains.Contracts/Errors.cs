namespace Dispatch.Grains.Contracts;

/// <summary>The request is malformed or names something that does not exist (HTTP 400/404, a hub error). Nothing changed.</summary>
[GenerateSerializer]
public sealed class InvalidRequestException(string message) : Exception(message);

/// <summary>A domain rule refuses the change in the current state (HTTP 409, a hub error). Nothing changed.</summary>
[GenerateSerializer]
public sealed class RuleRefusedException(string message) : Exception(message);

/// <summary>The caller's role or relation to the thing does not allow the change (HTTP 403, a hub error). Nothing changed.</summary>
[GenerateSerializer]
public sealed class ForbiddenException(string message) : Exception(message);
