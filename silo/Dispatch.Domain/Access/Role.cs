namespace Dispatch.Domain.Access;

/// <summary>Roles of DOMAIN.md §7; the wire name is the camelCase form (countyCommander, zoneDispatcher, ...).</summary>
public enum Role
{
    CountyCommander,
    ZoneDispatcher,
    DepartmentDesk,
    TownshipStaff,
    Officer,
    GridWorker,
    Enterprise,
    Auditor,
    Admin,
}

public static class Roles
{
    public const string CountyCommander = "countyCommander";
    public const string ZoneDispatcher = "zoneDispatcher";
    public const string DepartmentDesk = "departmentDesk";
    public const string TownshipStaff = "townshipStaff";
    public const string Officer = "officer";
    public const string GridWorker = "gridWorker";
    public const string Enterprise = "enterprise";
    public const string Auditor = "auditor";
    public const string Admin = "admin";

    public static string WireName(this Role role) => role switch
    {
        Role.CountyCommander => CountyCommander,
        Role.ZoneDispatcher => ZoneDispatcher,
        Role.DepartmentDesk => DepartmentDesk,
        Role.TownshipStaff => TownshipStaff,
        Role.Officer => Officer,
        Role.GridWorker => GridWorker,
        Role.Enterprise => Enterprise,
        Role.Auditor => Auditor,
        Role.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static bool TryParse(string? wire, out Role role)
    {
        foreach (var r in Enum.GetValues<Role>())
        {
            if (string.Equals(r.WireName(), wire, StringComparison.Ordinal)) { role = r; return true; }
        }
        role = default;
        return false;
    }
}
