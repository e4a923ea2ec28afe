using Dispatch.Domain.Common;

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
    /// <summary>The county's joint-meeting office (联席会议办公室): keeps the enterprise directory, files plans, runs the planner and the draws.</summary>
    Planner,
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
    public const string Planner = "planner";

    public static string WireName(this Role role) => WireNames.Of(role);

    public static bool TryParse(string? wire, out Role role)
    {
        var parsed = WireNames.Parse<Role>(wire);
        role = parsed.GetValueOrDefault();
        return parsed is not null;
    }
}
