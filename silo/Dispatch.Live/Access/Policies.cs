using Dispatch.Domain.Access;

namespace Dispatch.Live;

/// <summary>Authorisation policies, named for what they allow.</summary>
public static class Policies
{
    public const string WatchConsole = "watch-console";
    /// <summary>The console hub: console roles, and grid workers for their own reports' changes.</summary>
    public const string LiveUpdates = "live-updates";
    public const string ReportIncidents = "report-incidents";
    public const string FieldDevice = "field-device";
    public const string Administer = "administer";

    public static readonly string[] ConsoleRoleNames = Scope.ConsoleRoles.Select(r => r.WireName()).ToArray();
    public static readonly string[] LiveRoleNames = [.. ConsoleRoleNames, Roles.GridWorker];
    public static readonly string[] ReporterRoleNames = [Roles.GridWorker, Roles.TownshipStaff, Roles.ZoneDispatcher, Roles.CountyCommander, Roles.Officer];
}
