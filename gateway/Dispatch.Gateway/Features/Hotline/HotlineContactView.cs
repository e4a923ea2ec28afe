namespace Dispatch.Gateway.Features.Hotline;

/// <summary>A 12345 caller, shown only to the command centres in the triage queue.</summary>
public sealed record HotlineContactView(string? Name, string? Phone);
