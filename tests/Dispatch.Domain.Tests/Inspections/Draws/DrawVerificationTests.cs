using Dispatch.Domain.Inspections.Draws;
using static Dispatch.Domain.Tests.Inspections.Draws.DrawScene;

namespace Dispatch.Domain.Tests.Inspections.Draws;

/// <summary>Anyone can re-run a draw from its record, and any change made after the draw is caught with a reason.</summary>
public class DrawVerificationTests
{
    static readonly DrawRecord Faithful = Run(JointTasks(8), Pool(4), new DrawParameters(3));

    [Fact]
    public void A_faithful_record_verifies()
    {
        var verdict = DrawVerification.Verify(Faithful);
        Assert.True(verdict.Match, verdict.Details);
        Assert.Contains("核验通过", verdict.Details);
    }

    [Fact]
    public void A_record_with_an_unstaffed_task_verifies_too()
    {
        var record = Run(JointTasks(3), [.. Pool(2).Select(i => i.DepartmentId == "ecology" ? i with { Conflicts = [Enterprise(2)] } : i)], new DrawParameters(3));
        Assert.Single(record.Unstaffed);
        Assert.True(DrawVerification.Verify(record).Match);
    }

    [Fact]
    public void A_changed_pool_is_caught_by_its_hash()
    {
        var pool = Faithful.Pool.Where(i => i.OfficerId != "m04").ToList();
        var verdict = DrawVerification.Verify(Faithful with { Pool = pool });
        Assert.False(verdict.Match);
        Assert.Contains("人员库", verdict.Details);
    }

    [Fact]
    public void A_changed_pool_with_its_hash_recomputed_is_caught_by_the_re_run()
    {
        var drawn = Faithful.Result[0].InspectorIds[0];
        var pool = Faithful.Pool.Select(i => i.OfficerId == drawn ? i with { Conflicts = [Enterprise(1)] } : i).ToList();
        var verdict = DrawVerification.Verify(Faithful with { Pool = pool, PoolHash = DrawHashes.PoolHash(pool) });
        Assert.False(verdict.Match);
        Assert.Contains("重新抽取", verdict.Details);
    }

    [Fact]
    public void A_changed_seed_is_caught_by_the_commitment()
    {
        var verdict = DrawVerification.Verify(Faithful with { Seed = OtherSeed });
        Assert.False(verdict.Match);
        Assert.Contains("种子承诺", verdict.Details);
    }

    [Fact]
    public void A_commitment_that_does_not_match_the_seed_is_caught()
    {
        var verdict = DrawVerification.Verify(Faithful with { SeedCommitment = DrawHashes.Commitment(DrawHashes.SeedBytesOf(OtherSeed)!) });
        Assert.False(verdict.Match);
        Assert.Contains("种子承诺", verdict.Details);
    }

    [Fact]
    public void A_seed_swapped_together_with_its_commitment_is_caught_by_the_re_run()
    {
        var commitment = DrawHashes.Commitment(DrawHashes.SeedBytesOf(OtherSeed)!);
        var verdict = DrawVerification.Verify(Faithful with { Seed = OtherSeed, SeedCommitment = commitment });
        Assert.False(verdict.Match);
        Assert.Contains("重新抽取", verdict.Details);
    }

    [Fact]
    public void A_malformed_seed_is_caught()
    {
        var verdict = DrawVerification.Verify(Faithful with { Seed = "" });
        Assert.False(verdict.Match);
        Assert.Contains("种子", verdict.Details);
    }

    [Fact]
    public void A_changed_result_is_caught()
    {
        var first = Faithful.Result[0];
        var outsider = Faithful.Pool.Select(i => i.OfficerId).First(id => !first.InspectorIds.Contains(id));
        List<DrawAssignment> result = [first with { InspectorIds = [outsider, .. first.InspectorIds.Skip(1)] }, .. Faithful.Result.Skip(1)];
        var verdict = DrawVerification.Verify(Faithful with { Result = result });
        Assert.False(verdict.Match);
        Assert.Contains(first.TaskId, verdict.Details);
    }

    [Fact]
    public void A_dropped_visit_is_caught()
    {
        var verdict = DrawVerification.Verify(Faithful with { Result = Faithful.Result.Skip(1).ToList() });
        Assert.False(verdict.Match);
        Assert.Contains(Faithful.Result[0].TaskId, verdict.Details);
    }

    [Fact]
    public void A_visit_recorded_twice_is_caught()
    {
        var verdict = DrawVerification.Verify(Faithful with { Result = [.. Faithful.Result, Faithful.Result[0]] });
        Assert.False(verdict.Match);
        Assert.Contains("多次", verdict.Details);
    }

    [Fact]
    public void Changed_parameters_are_caught()
    {
        var verdict = DrawVerification.Verify(Faithful with { Parameters = new DrawParameters(2) });
        Assert.False(verdict.Match);
        Assert.Contains("重新抽取", verdict.Details);
    }

    [Fact]
    public void Parameters_below_the_minimum_are_caught()
    {
        var verdict = DrawVerification.Verify(Faithful with { Parameters = new DrawParameters(1) });
        Assert.False(verdict.Match);
        Assert.Contains("参数", verdict.Details);
    }
}
