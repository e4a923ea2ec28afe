using Dispatch.Domain.Access;

namespace Dispatch.Live;

/// <summary>Authorisation policies, named for what they allow.</summary>
public static class Policies
{
    public const string WatchConsole = "watch-console";
    public const string FieldDevice = "field-device";
    public const string Administer = "administer";

    public static readonly string[] ConsoleRoleNames = Scope.ConsoleRoles.Select(r => r.WireName()).ToArray();
}
