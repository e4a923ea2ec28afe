using Dispatch.Domain.Access;

namespace Dispatch.Gateway.Auth;

/// <summary>Someone who can sign in: a county-file account or an officer signing in with the officer code.</summary>
public sealed record Account(string Username, string PasswordHash, string DisplayName, Scope Scope);
