using Dispatch.Domain.Access;

namespace Dispatch.Domain.Common;

/// <summary>Who acts: a signed-in user with a scope, or the system itself (auto-dispatch, deadlines).</summary>
public sealed record Actor(Scope Scope, string DisplayName, bool IsSystem = false)
{
    public static readonly Actor System = new(new Scope(Role.Admin, "system", []), "系统", IsSystem: true);
    public string Username => Scope.Username;
    public Role Role => Scope.Role;
}
