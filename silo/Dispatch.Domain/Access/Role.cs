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

    public static string WireName(this Role role) => WireNames.Of(role);

    public static bool TryParse(string? wire, out Role role)
    {
        var parsed = WireNames.Parse<Role>(wire);
        role = parsed.GetValueOrDefault();
        return parsed is not null;
    }
}
