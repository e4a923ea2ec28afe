namespace Dispatch.Grains.Contracts.Common;

/// <summary>A domain rule refuses the change in the current state (HTTP 409, a hub error). Nothing changed.</summary>
[GenerateSerializer]
public sealed class RuleRefusedException(string message) : Exception(message);
