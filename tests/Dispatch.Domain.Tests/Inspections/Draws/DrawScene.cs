using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Domain.Tests.Inspections.Draws;

/// <summary>A small county's inspection plan: enterprises, the joint tasks on them, and the inspector directory.</summary>
static class DrawScene
{
    public const string Seed = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    public const string OtherSeed = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

    public static string Enterprise(int n) => Code($"91331102MA2HX{n:D4}");
    static string Code(string first17) => first17 + CreditCode.CheckCharacter(first17);

    public static readonly DrawDepartment Market = new("market", "market.1");
    public static readonly DrawDepartment Ecology = new("ecology", "ecology.1");

    /// <summary>Joint checks of market regulation and ecology on enterprises 1..count.</summary>
    public static List<DrawTask> JointTasks(int count) =>
        Enumerable.Range(1, count).Select(n => new DrawTask($"task-{n:D3}", Enterprise(n), [Market, Ecology])).ToList();

    public static DrawInspector Inspector(string id, string department, string[]? conflicts = null, StaffKind kind = StaffKind.Officer) =>
        new(id, department, [$"{department}.1"], conflicts ?? [], kind);

    /// <summary><paramref name="perDepartment"/> qualified officers in each of market and ecology.</summary>
    public static List<DrawInspector> Pool(int perDepartment) =>
    [
        .. Enumerable.Range(1, perDepartment).Select(n => Inspector($"m{n:D2}", "market")),
        .. Enumerable.Range(1, perDepartment).Select(n => Inspector($"e{n:D2}", "ecology")),
    ];

    public static DrawRecord Run(List<DrawTask> tasks, List<DrawInspector> pool, DrawParameters? parameters = null, string seed = Seed)
    {
        var check = Draw.Run("draw-1", tasks, pool, parameters ?? new DrawParameters(), seed);
        Assert.Null(check.Errors);
        return check.Record!;
    }
}
