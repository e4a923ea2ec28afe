namespace Dispatch.Gateway.Endpoints;

public sealed record HotlineContactRequest(string? Name, string? Phone);
