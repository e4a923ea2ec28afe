namespace Dispatch.Gateway.Features.Hotline;

public sealed record HotlineContactRequest(string? Name, string? Phone);
