using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.Common.Listings;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles;
using Dispatch.Gateway.Hosting;
using Dispatch.Grains.Contracts.Hotline;
using Dispatch.Grains.Contracts.Incidents;
using Dispatch.Grains.Contracts.Inspections;
using Dispatch.Grains.Contracts.Whistles;
using Dispatch.QueryModel;

namespace Dispatch.Gateway.Features.Operations;

/// <summary>The query model's upkeep, for the system administrator: how big each desk and the store are, and a rebuild.</summary>
public static class QueryModelEndpoints
{
    /// <summary>The furthest back a rebuild may start (ten years and a little).</summary>
    public const int MaxRebuildDays = 3700;

    public sealed record GrainSize(string Name, int Bytes);
    public sealed record StoreSize(string Kind, long Items, long Bytes, IReadOnlyList<ListingStoreSize> Lists);
    public sealed record StateSizesView(IReadOnlyList<GrainSize> Grains, StoreSize QueryStore, DateTimeOffset AsOf);

    public static IEndpointRouteBuilder MapQueryModel(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/system").WithTags("system").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        group.MapGet("/state-sizes", Sizes).Produces<StateSizesView>().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Stored size of every desk grain (incident and whistle desks per zone, the hotline desk, the inspection office and each of its years; bytes) and of the query store: none grows with history.");
        group.MapPost("/listings/rebuild", Rebuild).Produces<ListingRebuild.Outcome>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Rebuild the query model from the grains (idempotent), reading incident and whistle numbers from `from` (a date, default 400 days ago) to today.");
        return app;
    }

    static async Task<IResult> Sizes(CountyDirectory county, IGrainFactory grains, Listings<IncidentRecord> incidents,
        Listings<WhistleRecord> whistles, TimeProvider time)
    {
        var sizes = county.Data.Zones.SelectMany(z => new (string Name, Func<Task<int>> Read)[]
            {
                ($"incident-desk/{z.Id}", () => grains.GetGrain<IIncidentDeskGrain>(z.Id).StateSize()),
                ($"whistle-desk/{z.Id}", () => grains.GetGrain<IWhistleDeskGrain>(z.Id).StateSize()),
            })
            .Append(("hotline-desk", () => grains.GetGrain<IHotlineDeskGrain>(IHotlineDeskGrain.Key).StateSize()))
            .Append(("inspection-office", () => grains.GetGrain<IInspectionOfficeGrain>(county.Data.Id).StateSize()));
        // One inspection office per year with work: each holds one year's plans, filings, runs and draws.
        var years = await grains.GetGrain<IInspectionOfficeGrain>(county.Data.Id).Years();
        sizes = sizes.Concat(years.Select(y => ($"inspection-year/{y}", (Func<Task<int>>)(() => grains.OfficeYear(county.Data.Id, y).StateSize()))));
        var desks = await Task.WhenAll(sizes.Select(async s => new GrainSize(s.Name, await s.Read())));
        var lists = new[] { await incidents.Size(), await whistles.Size() };
        return Results.Ok(new StateSizesView(desks,
            new StoreSize(incidents.Storage.Kind, lists.Sum(l => l.Items), lists.Sum(l => l.Bytes), lists), await incidents.Storage.AsOf(time.GetUtcNow())));
    }

    static async Task<IResult> Rebuild(ListingRebuild rebuild, TimeProvider time, CancellationToken ct, string? from = null)
    {
        var start = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaTime.Offset).DateTime).AddDays(-400);
        if (from is { Length: > 0 })
        {
            if (!ListDate.TryParse(from, out var at))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["时间格式须为 yyyy-MM-dd"] }, title: "重建条件无效");
            start = DateOnly.FromDateTime(at.ToOffset(ChinaTime.Offset).DateTime);
            // Each day costs a few dozen grain reads per zone even when empty: a typo like 1900 must not start a week-long scan.
            if (start < DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaTime.Offset).DateTime).AddDays(-MaxRebuildDays))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [$"最多重建最近 {MaxRebuildDays} 天"] }, title: "重建条件无效");
        }
        return Results.Ok(await rebuild.Run(start, ct));
    }
}
