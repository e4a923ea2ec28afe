using StackExchange.Redis;

namespace Dispatch.QueryModel;

/// <summary>
/// The query store of a cluster, in the Redis that already holds the cluster's state (no second service to run and
/// back up). Per list <c>q:{list}:</c>: a hash per item (<c>i:{id}</c>: json, version, member, sets), one sorted set per
/// index set (<c>s:{set}</c>, every score 0 so members order by their text, read with ZREVRANGEBYLEX), the ended items
/// by end time (<c>ended</c>, for retention), the names of the sets (<c>sets</c>) and a byte count (<c>meta</c>).
/// An upsert is one Lua script, so an item and its sets never disagree and an older version never wins.
/// The scripts touch keys they compute, which a single Redis (not Redis Cluster) allows.
/// </summary>
public sealed class RedisListingStorage(IConnectionMultiplexer redis) : IListingStorage
{
    const string AsOfKey = "q:asof";
    static readonly TimeSpan WriterSilence = TimeSpan.FromMinutes(2);

    const string UpsertScript = """
        local item = KEYS[1]
        local old = redis.call('HGET', item, 'v')
        if old and tonumber(old) > tonumber(ARGV[1]) then return 0 end
        local prefix = ARGV[4]
        local member = ARGV[3]
        local keep = {}
        local names = {}
        for i = 7, #ARGV do keep[ARGV[i]] = true; names[#names + 1] = ARGV[i] end
        local was = redis.call('HGET', item, 's')
        local oldMember = redis.call('HGET', item, 'm') or member
        if was then
          for s in string.gmatch(was, '[^\n]+') do
            if not keep[s] or oldMember ~= member then redis.call('ZREM', prefix .. 's:' .. s, oldMember) end
          end
        end
        for i = 1, #names do
          redis.call('ZADD', prefix .. 's:' .. names[i], 0, member)
          redis.call('SADD', prefix .. 'sets', names[i])
        end
        local oldJson = redis.call('HGET', item, 'j')
        local delta = #ARGV[2] - (oldJson and #oldJson or 0)
        redis.call('HINCRBY', prefix .. 'meta', 'bytes', delta)
        if not oldJson then redis.call('HINCRBY', prefix .. 'meta', 'items', 1) end
        if ARGV[5] == '' then redis.call('ZREM', prefix .. 'ended', ARGV[6]) else redis.call('ZADD', prefix .. 'ended', tonumber(ARGV[5]), ARGV[6]) end
        redis.call('HSET', item, 'v', ARGV[1], 'j', ARGV[2], 'm', member, 's', table.concat(names, '\n'))
        return 1
        """;

    const string RemoveScript = """
        local item = KEYS[1]
        local prefix = ARGV[1]
        -- Still ended before the cutoff? A rework may have reopened it since the range was read.
        local ended = redis.call('ZSCORE', prefix .. 'ended', ARGV[2])
        if not ended or tonumber(ended) >= tonumber(ARGV[3]) then return 0 end
        local member = redis.call('HGET', item, 'm')
        local sets = redis.call('HGET', item, 's')
        local json = redis.call('HGET', item, 'j')
        if member and sets then
          for s in string.gmatch(sets, '[^\n]+') do redis.call('ZREM', prefix .. 's:' .. s, member) end
        end
        if json then
          redis.call('HINCRBY', prefix .. 'meta', 'bytes', -#json)
          redis.call('HINCRBY', prefix .. 'meta', 'items', -1)
        end
        redis.call('DEL', item)
        redis.call('ZREM', prefix .. 'ended', ARGV[2])
        return json and 1 or 0
        """;

    IDatabase Db => redis.GetDatabase();

    public string Kind => "redis";
    public bool WritesAreImmediate => false;

    static string Prefix(string list) => $"q:{list}:";

    public async Task Upsert(string list, IReadOnlyList<ListingWrite> writes)
    {
        if (writes.Count == 0) return;
        var prefix = Prefix(list);
        var db = Db;
        var calls = writes.Select(w => db.ScriptEvaluateAsync(UpsertScript, [(RedisKey)(prefix + "i:" + w.Id)],
            [w.Version, w.Json, w.Member, prefix, w.EndedAt is { } e ? e.ToUnixTimeMilliseconds() : "", w.Id, .. w.Sets.Select(s => (RedisValue)s)]));
        await Task.WhenAll(calls);
    }

    public async Task<IReadOnlyList<string>> Range(string list, string set, string? below, string? atLeast, int count)
    {
        var values = await Db.SortedSetRangeByValueAsync(Prefix(list) + "s:" + set,
            min: atLeast ?? (RedisValue)default, max: below ?? (RedisValue)default,
            exclude: below is null ? Exclude.None : Exclude.Stop, order: Order.Descending, skip: 0, take: count);
        return values.Select(v => v.ToString()).ToList();
    }

    public async Task<IReadOnlyList<string?>> Fetch(string list, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) return [];
        var prefix = Prefix(list);
        var db = Db;
        var values = await Task.WhenAll(ids.Select(id => db.HashGetAsync(prefix + "i:" + id, "j")));
        return values.Select(v => v.IsNull ? null : v.ToString()).ToList();
    }

    public async Task<int> RemoveEndedBefore(string list, DateTimeOffset cutoff, int max)
    {
        var prefix = Prefix(list);
        var db = Db;
        var due = await db.SortedSetRangeByScoreAsync(prefix + "ended", double.NegativeInfinity, cutoff.ToUnixTimeMilliseconds(),
            Exclude.Stop, Order.Ascending, 0, max);
        var removed = await Task.WhenAll(due.Select(id =>
            db.ScriptEvaluateAsync(RemoveScript, [(RedisKey)(prefix + "i:" + id)], [prefix, id, cutoff.ToUnixTimeMilliseconds()])));
        return removed.Count(r => (int)r == 1);
    }

    public async Task<ListingStoreSize> Size(string list)
    {
        var prefix = Prefix(list);
        var db = Db;
        var meta = await db.HashGetAsync(prefix + "meta", ["bytes", "items"]);
        var sets = await db.SetMembersAsync(prefix + "sets");
        // Redis's own count of each set's memory (sampled), plus each item hash's overhead besides its JSON.
        var setBytes = await Task.WhenAll(sets.Select(s => db.ExecuteAsync("MEMORY", "USAGE", prefix + "s:" + s)));
        var items = meta[1].IsNull ? 0 : (long)meta[1];
        var bytes = (meta[0].IsNull ? 0 : (long)meta[0]) + setBytes.Sum(b => b.IsNull ? 0 : (long)b) + items * 100;
        return new ListingStoreSize(list, items, bytes);
    }

    public async Task<DateTimeOffset> AsOf(DateTimeOffset now)
    {
        var writers = await Db.HashGetAllAsync(AsOfKey);
        var asOf = now;
        foreach (var w in writers)
        {
            var parts = w.Value.ToString().Split('|');
            if (parts.Length != 2 || !long.TryParse(parts[0], out var upTo) || !long.TryParse(parts[1], out var heard)) continue;
            // A writer that has gone quiet (its silo stopped) no longer holds the list back.
            if (now - DateTimeOffset.FromUnixTimeMilliseconds(heard) > WriterSilence) continue;
            var at = DateTimeOffset.FromUnixTimeMilliseconds(upTo);
            if (at < asOf) asOf = at;
        }
        return asOf;
    }

    public Task MarkWritten(string writer, DateTimeOffset upTo, DateTimeOffset now) =>
        Db.HashSetAsync(AsOfKey, writer, $"{upTo.ToUnixTimeMilliseconds()}|{now.ToUnixTimeMilliseconds()}");

    public async Task Clear(string list)
    {
        var prefix = Prefix(list);
        var server = redis.GetServers().First(s => !s.IsReplica);
        var db = Db;
        var batch = new List<Task>();
        await foreach (var key in server.KeysAsync(db.Database, prefix + "*", pageSize: 1000))
        {
            batch.Add(db.KeyDeleteAsync(key));
            if (batch.Count >= 1000) { await Task.WhenAll(batch); batch.Clear(); }
        }
        await Task.WhenAll(batch);
    }
}
