using Dispatch.Domain.Common.Listings;
using StackExchange.Redis;
using Dispatch.QueryModel;

namespace Dispatch.Grains.Tests;

/// <summary>A real redis-server for the Redis query store's tests, shared by the class.</summary>
public sealed class RedisListingFixture : IAsyncLifetime
{
    RedisServer _redis = null!;
    public ConnectionMultiplexer Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.Start();
        Connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString + ",allowAdmin=true");
    }

    public async Task DisposeAsync()
    {
        await Connection.DisposeAsync();
        await _redis.DisposeAsync();
    }
}

/// <summary>
/// The query store's contract, the same for memory (embedded) and Redis (cluster): newest first by member, stable
/// cursors, idempotent versions, sets that follow an item's changes, merged sets, budgets and retention.
/// </summary>
public class ListingStorageTests(RedisListingFixture redis) : IClassFixture<RedisListingFixture>
{
    sealed record Item(string Id, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string Group, bool Ended);

    static readonly DateTimeOffset T0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    static readonly ListingShape<Item> Shape = new("things", i => i.Id, i => i.CreatedAt, i => i.UpdatedAt,
        i => ["all", "group:" + i.Group, .. i.Ended ? Array.Empty<string>() : ["open"]], i => i.Ended, i => i);

    public static TheoryData<string> Stores => new() { "memory", "redis" };

    Listings<Item> Make(string kind)
    {
        IListingStorage storage = kind == "memory" ? new MemoryListingStorage() : new RedisListingStorage(redis.Connection);
        var list = new Listings<Item>(storage, Shape with { List = "things-" + Guid.NewGuid().ToString("N")[..8] }, TimeProvider.System);
        return list;
    }

    static Item At(int n, string group = "a", bool ended = false, int version = 0) =>
        new($"I{n:0000}", T0.AddMinutes(n), T0.AddMinutes(n).AddSeconds(version), group, ended);

    static async Task<List<string>> Walk(Listings<Item> list, IReadOnlyList<string> sets, Func<Item, bool> matches, int limit, int budget = ListPaging.ScanBudget)
    {
        var ids = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 500; pages++)
        {
            var page = await list.Page(sets, matches, after, null, null, limit, budget);
            ids.AddRange(page.Items.Select(i => i.Id));
            if (page.NextCursor is null) return ids;
            after = ListCursor.Decode(page.NextCursor);
        }
        throw new InvalidOperationException("no end");
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Pages_come_newest_first_and_the_last_has_no_cursor(string kind)
    {
        var list = Make(kind);
        await list.Write(Enumerable.Range(1, 10).Select(n => At(n)).ToList());
        var first = await list.Page(["all"], _ => true, null, null, null, 4);
        Assert.Equal(["I0010", "I0009", "I0008", "I0007"], first.Items.Select(i => i.Id));
        Assert.NotNull(first.NextCursor);
        Assert.Equal(Enumerable.Range(1, 10).Reverse().Select(n => $"I{n:0000}"), await Walk(list, ["all"], _ => true, 4));
        var exact = await list.Page(["all"], _ => true, null, null, null, 10);
        Assert.Null(exact.NextCursor);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Items_created_in_the_same_millisecond_are_each_seen_once(string kind)
    {
        var list = Make(kind);
        await list.Write(Enumerable.Range(1, 25).Select(n => At(0) with { Id = $"S{n:00}" }).ToList());
        var walked = await Walk(list, ["all"], _ => true, 3);
        Assert.Equal(25, walked.Distinct().Count());
        Assert.Equal(25, walked.Count);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task An_older_version_never_replaces_a_newer_one_and_sets_follow_the_item(string kind)
    {
        var list = Make(kind);
        await list.Write([At(1, version: 5)]);
        await list.Write([At(1, group: "b", ended: true, version: 2)]); // late, older: ignored
        Assert.Equal(["I0001"], await Walk(list, ["group:a"], _ => true, 10));
        await list.Write([At(1, group: "b", ended: true, version: 9)]);
        Assert.Empty(await Walk(list, ["group:a"], _ => true, 10));
        Assert.Empty(await Walk(list, ["open"], _ => true, 10));
        Assert.Equal(["I0001"], await Walk(list, ["group:b"], _ => true, 10));
        Assert.Equal(1, (await list.Size()).Items);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Merged_sets_give_each_item_once_in_order(string kind)
    {
        var list = Make(kind);
        await list.Write(Enumerable.Range(1, 40).Select(n => At(n, group: n % 3 == 0 ? "c" : n % 3 == 1 ? "a" : "b")).ToList());
        var walked = await Walk(list, ["group:a", "group:c", "all"], i => i.Group != "b", 7);
        Assert.Equal(Enumerable.Range(1, 40).Where(n => n % 3 != 2).Reverse().Select(n => $"I{n:0000}"), walked);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task A_rare_match_is_found_across_budgeted_pages(string kind)
    {
        var list = Make(kind);
        await list.Write(Enumerable.Range(1, 300).Select(n => At(n)).ToList());
        var page = await list.Page(["all"], i => i.Id == "I0002", null, null, null, 10, budget: 100);
        Assert.Empty(page.Items);
        Assert.NotNull(page.NextCursor); // not the end: the budget ran out
        Assert.Equal(["I0002"], await Walk(list, ["all"], i => i.Id == "I0002", 10, budget: 100));
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task From_and_to_bound_by_creation_time(string kind)
    {
        var list = Make(kind);
        await list.Write(Enumerable.Range(1, 10).Select(n => At(n)).ToList());
        var page = await list.Page(["all"], _ => true, null, T0.AddMinutes(3), T0.AddMinutes(6), 50);
        Assert.Equal(["I0005", "I0004", "I0003"], page.Items.Select(i => i.Id));
        var all = new List<string>();
        await foreach (var i in list.All(["all"], T0.AddMinutes(9), null)) all.Add(i.Id);
        Assert.Equal(["I0010", "I0009"], all);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Retention_removes_only_items_that_ended_before_the_cutoff(string kind)
    {
        var list = Make(kind);
        await list.Write([At(1, ended: true), At(2, ended: false), At(50, ended: true)]);
        Assert.Equal(1, await list.RemoveEndedBefore(T0.AddMinutes(10), 100));
        Assert.Equal(["I0050", "I0002"], await Walk(list, ["all"], _ => true, 10));
        Assert.Equal(2, (await list.Size()).Items);
        await list.Clear();
        Assert.Empty(await Walk(list, ["all"], _ => true, 10));
    }
}
