using System.Security.Claims;
using Dispatch.Domain.Access;

namespace Dispatch.Live;

/// <summary>How a <see cref="Scope"/> travels in a token, and back.</summary>
public static class DispatchClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Zone = "zone";
    public const string Township = "township";
    public const string Department = "department";
    public const string Officer = "officer";
    public const string Grid = "grid";
    public const string Approver = "approver";

    public static IEnumerable<Claim> For(string username, string displayName, Scope s)
    {
        yield return new Claim(Subject, username);
        yield return new Claim(Name, displayName);
        yield return new Claim(Role, s.Role.WireName());
        foreach (var z in s.ZoneIds) yield return new Claim(Zone, z);
        if (s.TownshipId is { } t) yield return new Claim(Township, t);
        if (s.DepartmentId is { } d) yield return new Claim(Department, d);
        if (s.OfficerId is { } o) yield return new Claim(Officer, o);
        if (s.GridId is { } g) yield return new Claim(Grid, g);
        if (s.Approver) yield return new Claim(Approver, "true");
    }

    /// <summary>The caller's scope; a principal without a known role has none and sees nothing.</summary>
    public static Scope? Scope(this ClaimsPrincipal user)
    {
        if (!Roles.TryParse(user.FindFirst(Role)?.Value, out var role)) return null;
        return new Scope(role,
            user.FindFirst(Subject)?.Value ?? "",
            user.FindAll(Zone).Select(c => c.Value).ToList(),
            user.FindFirst(Township)?.Value,
            user.FindFirst(Department)?.Value,
            user.FindFirst(Officer)?.Value,
            user.FindFirst(Grid)?.Value,
            user.FindFirst(Approver)?.Value == "true");
    }

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirst(Name)?.Value ?? "";
}
