using Dispatch.Domain.County;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Directory;
using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Enterprises;
using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Domain.Tests.Inspections.Directory;

/// <summary>The inspector directory import's row check, and the pool a draw takes from it (or from the county file).</summary>
public class InspectorImportTests
{
    static readonly CountyDirectory County = new(DemoCounty.Generate(null));
    static readonly OfficerProfile Scjg = County.Officers.Where(o => o.DepartmentId == "scjg").OrderBy(o => o.Id).First();
    static readonly string Enterprise = InspectionWorld.Code(7);

    static Dictionary<string, string?> Row(string? certificate, string? name = "张三", string? department = "scjg", string? qualifications = "scjg.1",
        string? kind = "officer", string? recusals = "") => new()
    {
        ["certificateNo"] = certificate, ["name"] = name, ["departmentId"] = department, ["qualifications"] = qualifications,
        ["staffKind"] = kind, ["recusals"] = recusals,
    };

    static IReadOnlyList<EnterpriseRowError> Errors(params Dictionary<string, string?>[] rows) => InspectorImport.Check(rows, County).Errors;

    [Fact]
    public void A_county_officer_grid_worker_and_auxiliary_are_read_with_their_lists()
    {
        var (records, errors) = InspectorImport.Check([Row(Scjg.Code, qualifications: "scjg.1; scjg.2;scjg.1", recusals: Enterprise.ToLowerInvariant()),
            Row("G-1", kind: "gridWorker", qualifications: ""), Row("F-1", kind: "auxiliary", department: "zhzf", qualifications: "")], County);

        Assert.Empty(errors);
        Assert.Equal(Scjg.Id, records[0].OfficerId);
        Assert.Equal(["scjg.1", "scjg.2"], records[0].Qualifications);
        Assert.Equal([Enterprise], records[0].Recusals);
        Assert.Equal((StaffKind.GridWorker, (string?)null), (records[1].Kind, records[1].OfficerId));
        Assert.Equal(StaffKind.Auxiliary, records[2].Kind);
    }

    public static TheoryData<string, Dictionary<string, string?>, string> BadRows => new()
    {
        { "no certificate", Row(null), "certificateNo" },
        { "a certificate with a slash", Row("ZF/1", kind: "gridWorker"), "certificateNo" },
        { "an officer the county does not have", Row("ZF99999"), "certificateNo" },
        { "an officer of another department", Row(Scjg.Code, department: "zhzf", qualifications: "zhzf.1"), "certificateNo" },
        { "no name", Row(Scjg.Code, name: ""), "name" },
        { "a name of 65 characters", Row(Scjg.Code, name: new string('名', 65)), "name" },
        { "an unknown department", Row("G-2", department: "police", kind: "gridWorker"), "departmentId" },
        { "an unknown staff kind", Row(Scjg.Code, kind: "volunteer"), "staffKind" },
        { "an officer with no qualification", Row(Scjg.Code, qualifications: " ; "), "qualifications" },
        { "a qualification with a space", Row(Scjg.Code, qualifications: "scjg 1"), "qualifications" },
        { "a recusal that is not a credit code", Row(Scjg.Code, recusals: "NOT-A-CODE"), "recusals" },
        { "51 recusals", Row(Scjg.Code, recusals: string.Join(";", Enumerable.Range(1, 51).Select(InspectionWorld.Code))), "recusals" },
    };

    [Theory, MemberData(nameof(BadRows))]
    public void A_bad_row_is_named_by_row_and_field_and_nothing_is_imported(string why, Dictionary<string, string?> row, string field)
    {
        var (records, errors) = InspectorImport.Check([Row("G-9", kind: "gridWorker", qualifications: ""), row], County);
        Assert.Empty(records);
        Assert.Contains(errors, e => e.Row == 3 && e.Field == field);
        Assert.DoesNotContain(errors, e => e.Row == 2);
        _ = why;
    }

    [Fact]
    public void A_repeated_certificate_names_the_first_row()
    {
        var error = Assert.Single(Errors(Row(Scjg.Code), Row(Scjg.Code.ToLowerInvariant())));
        Assert.Equal((3, "certificateNo"), (error.Row, error.Field));
        Assert.Contains("第 2 行", error.Error);
    }

    [Fact]
    public void Without_an_import_the_pool_is_every_county_officer_with_a_draws_recusals()
    {
        var pool = InspectorPool.Of(County, [], [new Recusal(Scjg.Id, Enterprise)]);
        Assert.Equal(County.Officers.Count, pool.Count);
        Assert.Equal([Enterprise], pool.Single(i => i.OfficerId == Scjg.Id).Conflicts);
        Assert.All(pool, i => Assert.Equal(StaffKind.Officer, i.Kind));
    }

    [Fact]
    public void With_an_import_the_pool_is_the_directory_with_standing_and_draw_recusals_and_its_staff_kinds()
    {
        var (records, _) = InspectorImport.Check([Row(Scjg.Code, recusals: Enterprise), Row("G-1", kind: "gridWorker", qualifications: "")], County);
        var other = InspectionWorld.Code(8);
        var pool = InspectorPool.Of(County, records, [new Recusal(Scjg.Id, other)]);

        Assert.Equal(2, pool.Count);
        Assert.Equal([Enterprise, other], pool.Single(i => i.OfficerId == Scjg.Id).Conflicts);
        Assert.Equal(StaffKind.GridWorker, pool.Single(i => i.OfficerId == "G-1").Kind);
    }
}
