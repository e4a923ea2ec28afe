using Dispatch.Domain.County;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Domain.Tests.Inspections;

/// <summary>The directory import: every field checked, every error of every row reported, nothing kept unless all is right.</summary>
public class EnterpriseImportTests
{
    static readonly CountyDirectory County = new(DemoCounty.Generate(null));
    static readonly Dispatch.Domain.Geo.GeoPoint InT01 = County.TownshipShape("T01").Centroid;

    static string Code(string first17) => first17 + CreditCode.CheckCharacter(first17);

    static Dictionary<string, string?> Row(string? code = null, string? township = "T01", double? lat = null, string? risk = "medium",
        string? grade = "B", string? keyList = "false", string? peaks = "08:00-11:00;14:00-17:00", string? name = "城东农贸市场经营管理有限公司") => new()
    {
        ["creditCode"] = code ?? Code("91331102MA2HX0001"), ["name"] = name, ["industry"] = "农贸市场", ["townshipId"] = township,
        ["lat"] = (lat ?? InT01.Lat).ToString(System.Globalization.CultureInfo.InvariantCulture), ["lon"] = InT01.Lon.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["riskLevel"] = risk, ["creditGrade"] = grade, ["keyList"] = keyList, ["peakHours"] = peaks,
    };

    [Fact]
    public void Good_rows_become_records()
    {
        var (records, errors) = EnterpriseImport.Check([Row(), Row(code: Code("91331102MA2HX0002"), grade: "D", keyList: "true", peaks: "")], County);
        Assert.Empty(errors);
        Assert.Equal(2, records.Count);
        Assert.Equal((CreditGrade.B, RiskLevel.Medium, false), (records[0].CreditGrade, records[0].RiskLevel, records[0].KeyList));
        Assert.True(records[0].PeakHours.Covers(new TimeOnly(9, 30)));
        Assert.False(records[0].PeakHours.Covers(new TimeOnly(12, 0)));
        Assert.Empty(records[1].PeakHours.Spans);
    }

    [Fact]
    public void One_bad_row_refuses_the_whole_file_and_every_error_is_named_by_row_and_field()
    {
        var (records, errors) = EnterpriseImport.Check(
        [
            Row(),
            Row(code: "91350100M000100Y44", risk: "extreme"),     // row 3: wrong check character, unknown risk
            Row(code: Code("91331102MA2HX0001")),                  // row 4: the same code as row 2
            Row(code: Code("91331102MA2HX0003"), township: "T02"), // row 5: the point lies in T01
            Row(code: Code("91331102MA2HX0004"), grade: "E", keyList: "yes", peaks: "17:00-08:00", name: ""),
        ], County);
        Assert.Empty(records);
        Assert.Equal(
            [(3, "creditCode"), (3, "riskLevel"), (4, "creditCode"), (5, "lat"), (6, "name"), (6, "creditGrade"), (6, "keyList"), (6, "peakHours")],
            errors.Select(e => (e.Row, e.Field)));
        Assert.Contains("第 2 行", errors.Single(e => e.Row == 4).Error);
    }

    [Theory]
    [InlineData("08:00-11:00", true)]
    [InlineData(" 08:00-11:00 ; 14:00-17:00 ", true)]
    [InlineData("", true)]
    [InlineData("8:00-11:00", false)]
    [InlineData("08:00-08:00", false)]
    [InlineData("08:00~11:00", false)]
    [InlineData("25:00-26:00", false)]
    public void Peak_hours_are_HH_mm_spans(string text, bool valid) => Assert.Equal(valid, PeakHours.Parse(text) is not null);
}
