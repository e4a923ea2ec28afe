using Dispatch.Domain.Access;
using Dispatch.Domain.County;
using Microsoft.AspNetCore.Identity;

namespace Dispatch.Gateway.Auth;

/// <summary>Accounts from the county file, plus every officer with a password hash under the officer code.</summary>
public sealed class AccountDirectory
{
    static readonly PasswordHasher<Account> Hasher = new();
    // Verifying against this when the user is unknown keeps the answer time the same, so names cannot be probed.
    static readonly string DummyHash = Hasher.HashPassword(null!, Guid.NewGuid().ToString());
    readonly Dictionary<string, Account> _accounts = new(StringComparer.OrdinalIgnoreCase);

    public AccountDirectory(CountyDirectory county)
    {
        foreach (var o in county.Data.Officers.Where(o => o.PasswordHash is not null))
        {
            var zone = o.TownshipId is { } t ? county.Township(t)?.ZoneId : null;
            _accounts[o.Code] = new Account(o.Code, o.PasswordHash!, o.Name,
                new Scope(Role.Officer, o.Code, zone is null ? [] : [zone], o.TownshipId, o.DepartmentId, o.Id));
        }
        // Named accounts win over an officer code that happens to be the same.
        foreach (var a in county.Data.Accounts)
        {
            Roles.TryParse(a.Role, out var role);
            var zones = role == Role.Officer && a.OfficerId is { } id && county.Officer(id)?.ZoneId is { } z ? [z] : a.ZoneIds;
            var township = role == Role.Officer && a.OfficerId is { } oid ? county.Officer(oid)?.TownshipId : a.TownshipId;
            var department = role == Role.Officer && a.OfficerId is { } did ? county.Officer(did)?.DepartmentId : a.DepartmentId;
            _accounts[a.Username] = new Account(a.Username, a.PasswordHash, a.DisplayName,
                // Only township staff approve whistles; the flag means nothing on another role.
                new Scope(role, a.Username, zones, township, department, a.OfficerId, a.GridId, Approver: a.Approver && role == Role.TownshipStaff));
        }
    }

    public int Count => _accounts.Count;

    public static string HashPassword(string password) => Hasher.HashPassword(null!, password);

    /// <summary>The account under this username (case-insensitive), without checking a password.</summary>
    public Account? Find(string username) => _accounts.GetValueOrDefault(username);

    public Account? Verify(string username, string password)
    {
        var found = _accounts.GetValueOrDefault(username);
        var result = Hasher.VerifyHashedPassword(found!, found?.PasswordHash ?? DummyHash, password);
        return found is not null && result != PasswordVerificationResult.Failed ? found : null;
    }
}
