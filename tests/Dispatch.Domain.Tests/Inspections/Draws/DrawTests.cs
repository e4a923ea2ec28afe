using Dispatch.Domain.Inspections.Draws;
using static Dispatch.Domain.Tests.Inspections.Draws.DrawScene;

namespace Dispatch.Domain.Tests.Inspections.Draws;

/// <summary>The double-random draw (DOMAIN.md §4 rules 8 and 9): reproducible, qualified, fair, and honest about gaps.</summary>
public class DrawTests
{
    [Fact]
    public void The_same_inputs_and_seed_give_the_same_result()
    {
        var first = Run(JointTasks(12), Pool(6));
        var again = Run(JointTasks(12), Pool(6));
        Assert.Equal(Flatten(first.Result), Flatten(again.Result));
        Assert.Equal((first.PoolHash, first.SeedCommitment), (again.PoolHash, again.SeedCommitment));
    }

    [Fact]
    public void The_order_of_the_input_changes_neither_the_pool_hash_nor_the_result()
    {
        var pool = Pool(6);
        var tasks = JointTasks(12);
        var first = Run(tasks, pool);
        var shuffled = pool.AsEnumerable().Reverse().Select(i => i with { Qualifications = [.. i.Qualifications, .. i.Qualifications] }).ToList();
        var again = Run(tasks.AsEnumerable().Reverse().ToList(), shuffled);
        Assert.Equal(first.PoolHash, again.PoolHash);
        Assert.Equal(Flatten(first.Result), Flatten(again.Result));
    }

    [Fact]
    public void A_different_seed_gives_a_different_result()
    {
        var first = Run(JointTasks(12), Pool(6));
        var other = Run(JointTasks(12), Pool(6), seed: OtherSeed);
        Assert.Equal(first.PoolHash, other.PoolHash);
        Assert.NotEqual(first.SeedCommitment, other.SeedCommitment);
        Assert.NotEqual(Flatten(first.Result), Flatten(other.Result));
    }

    [Fact]
    public void Every_visit_has_enough_qualified_inspectors_of_the_departments_involved_none_in_conflict()
    {
        var pool = Pool(5);
        pool[0] = pool[0] with { Conflicts = [Enterprise(1), Enterprise(2)] };   // m01 steps aside from enterprises 1 and 2
        pool[6] = pool[6] with { Conflicts = [Enterprise(3)] };                  // e02 from enterprise 3
        pool.Add(Inspector("s01", "safety"));                                    // safety is in no task
        var tasks = JointTasks(10);
        var record = Run(tasks, pool, new DrawParameters(3));

        Assert.Empty(record.Unstaffed);
        Assert.Equal(10, record.Result.Count);
        var byId = pool.ToDictionary(i => i.OfficerId);
        foreach (var visit in record.Result)
        {
            var task = tasks.Single(t => t.TaskId == visit.TaskId);
            var drawn = visit.InspectorIds.Select(id => byId[id]).ToList();
            Assert.Equal(3, drawn.Count);
            Assert.Equal(drawn.Count, drawn.Distinct().Count());
            Assert.All(drawn, i => Assert.Contains(task.Departments, d => d.DepartmentId == i.DepartmentId && i.Qualifications.Contains(d.Qualification)));
            Assert.All(task.Departments, d => Assert.Contains(drawn, i => i.DepartmentId == d.DepartmentId));
            Assert.All(drawn, i => Assert.DoesNotContain(task.CreditCode, i.Conflicts));
        }
    }

    [Fact]
    public void Grid_workers_and_auxiliary_staff_are_never_drawn_and_are_listed_as_left_out()
    {
        List<DrawInspector> pool =
        [
            .. Pool(2),
            Inspector("g01", "market", kind: StaffKind.GridWorker),
            Inspector("a01", "ecology", kind: StaffKind.Auxiliary),
        ];
        var record = Run(JointTasks(6), pool, new DrawParameters(4));

        Assert.DoesNotContain(record.Result.SelectMany(a => a.InspectorIds), id => id is "g01" or "a01");
        Assert.DoesNotContain(record.Pool, i => i.Kind != StaffKind.Officer);
        Assert.Equal(["a01", "g01"], record.Excluded.Select(e => e.OfficerId));
        Assert.Contains("网格员", record.Excluded.Single(e => e.OfficerId == "g01").Reason);
        Assert.Equal(6, record.Result.Count);
    }

    [Theory]
    [InlineData(7, 3, 2)]
    [InlineData(12, 5, 2)]
    [InlineData(9, 4, 3)]
    public void The_load_is_spread_evenly_when_the_pool_allows(int tasks, int perDepartment, int inspectorsPerVisit)
    {
        var record = Run(JointTasks(tasks), Pool(perDepartment), new DrawParameters(inspectorsPerVisit));
        var load = record.Pool.ToDictionary(i => i.OfficerId, _ => 0);
        foreach (var id in record.Result.SelectMany(a => a.InspectorIds)) load[id]++;
        Assert.Empty(record.Unstaffed);
        Assert.True(load.Values.Max() - load.Values.Min() <= 1, string.Join(" ", load.Select(p => $"{p.Key}:{p.Value}")));
    }

    [Fact]
    public void A_task_whose_department_has_nobody_free_of_conflict_is_reported_and_gets_nobody()
    {
        List<DrawInspector> pool = [.. Pool(3).Select(i => i.DepartmentId == "ecology" ? i with { Conflicts = [Enterprise(2)] } : i)];
        var record = Run(JointTasks(3), pool);

        var gap = Assert.Single(record.Unstaffed);
        Assert.Equal("task-002", gap.TaskId);
        Assert.Contains("ecology", gap.Reason);
        Assert.Equal(["task-001", "task-003"], record.Result.Select(a => a.TaskId));
    }

    [Fact]
    public void A_task_needing_more_inspectors_than_the_pool_holds_is_reported_not_under_staffed()
    {
        var tasks = new List<DrawTask> { new("task-001", Enterprise(1), [Market]) };
        var record = Run(tasks, [Inspector("m01", "market"), Inspector("m02", "market"), Inspector("e01", "ecology")], new DrawParameters(3));

        Assert.Empty(record.Result);
        Assert.Contains("需要 3 人，只有 2 人", Assert.Single(record.Unstaffed).Reason);
    }

    [Fact]
    public void The_recorded_hashes_are_the_documented_sha256_values()
    {
        var record = Run([new DrawTask("task-001", Enterprise(1), [Market])],
            [Inspector("m02", "market"), Inspector("m01", "market", conflicts: [Enterprise(9)])]);

        // Expected values computed outside .NET: printf '%s' POOL | sha256sum, and printf '%s' SEED | xxd -r -p | sha256sum.
        Assert.Equal(
            $"[{{\"officerId\":\"m01\",\"departmentId\":\"market\",\"kind\":\"officer\",\"qualifications\":[\"market.1\"],\"conflicts\":[\"{Enterprise(9)}\"]}}," +
            "{\"officerId\":\"m02\",\"departmentId\":\"market\",\"kind\":\"officer\",\"qualifications\":[\"market.1\"],\"conflicts\":[]}]",
            DrawHashes.CanonicalPool(record.Pool));
        Assert.Equal(PoolSha256, record.PoolHash);
        Assert.Equal(SeedSha256, record.SeedCommitment);
        Assert.Equal(Seed, record.Seed);
    }

    [Fact]
    public void A_draw_re_implemented_from_the_documentation_alone_gives_the_same_result()
    {
        // Expected from a separate Python script written from Draw's and DrawHashes' doc comments (hashlib only). It also
        // pins the algorithm: a change here would make every stored draw fail its verification.
        var pool = Pool(3).Select(i => i.OfficerId == "m01" ? i with { Conflicts = [Enterprise(2), Enterprise(5)] } : i).ToList();
        var record = Run(JointTasks(6), pool, new DrawParameters(3));
        Assert.Equal(
            [
                "task-001:e03,m02,e01",
                "task-002:e02,m03,m02",
                "task-003:e01,m01,e02",
                "task-004:e03,m01,m03",
                "task-005:e01,m02,e02",
                "task-006:e03,m03,m01",
            ],
            Flatten(record.Result));
    }

    [Fact]
    public void The_rank_key_is_sha256_of_seed_task_and_officer()
    {
        // python3: hashlib.sha256(bytes.fromhex(SEED) + b"task-001" + b"\x00" + b"m01").hexdigest()
        Assert.Equal("a62bab1f88cf46cafcb829a5d1724eae3913ddf49a5cac9e91df1d948577dbc3",
            DrawHashes.RankKey(DrawHashes.SeedBytesOf(Seed)!, "task-001", "m01"));
    }

    const string PoolSha256 = "36ea521dd1ef0d6b68c4538cc634b86961866d925752d9996e4eda095dffc38f";
    const string SeedSha256 = "4773d12e2371bb935b9a0f5439b4a1c3ad3f2414b86980f8418d1cfabdfadfef";

    [Theory]
    [InlineData(1, "parameters.inspectorsPerVisit")]
    [InlineData(11, "parameters.inspectorsPerVisit")]
    public void Fewer_than_two_inspectors_per_visit_is_refused(int inspectorsPerVisit, string field)
    {
        var check = Draw.Run("draw-1", JointTasks(1), Pool(2), new DrawParameters(inspectorsPerVisit), Seed);
        Assert.Null(check.Record);
        Assert.Contains(field, check.Errors!.Keys);
    }

    [Fact]
    public void Malformed_input_is_refused_field_by_field()
    {
        List<DrawTask> tasks = [.. JointTasks(2), new DrawTask("task-001", "not-a-credit-code", [Market])];
        List<DrawInspector> pool = [.. Pool(2), Inspector("m01", "market")];
        var check = Draw.Run("draw-1", tasks, pool, new DrawParameters(), "not-hex");
        Assert.Null(check.Record);
        Assert.Equal(["pool.officerId", "seed", "tasks.creditCode", "tasks.taskId"], check.Errors!.Keys.Order());
    }

    [Fact]
    public void A_fresh_seed_is_32_random_bytes_in_hex()
    {
        var seed = DrawHashes.NewSeed();
        Assert.Equal(32, DrawHashes.SeedBytesOf(seed)!.Length);
        Assert.NotEqual(seed, DrawHashes.NewSeed());
    }

    static List<string> Flatten(IEnumerable<DrawAssignment> result) => result.Select(a => $"{a.TaskId}:{string.Join(",", a.InspectorIds)}").ToList();
}
