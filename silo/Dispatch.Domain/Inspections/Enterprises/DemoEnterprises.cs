using Dispatch.Domain.County;
using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Inspections.Enterprises;

/// <summary>
/// The demo county's object directory: about 2,000 enterprises over its townships, deterministic (the same in every
/// process), with valid credit codes, a spread of industries, risk levels and credit grades, and some on the key list.
/// </summary>
public static class DemoEnterprises
{
    public const int PerTownship = 167;

    static readonly (string Industry, string Suffix, RiskLevel Risk)[] Kinds =
    [
        ("娱乐场所", "娱乐有限公司", RiskLevel.High), ("瓶装燃气", "燃气供应站", RiskLevel.High), ("建筑垃圾处置", "渣土运输有限公司", RiskLevel.Medium),
        ("餐饮服务", "餐饮店", RiskLevel.Medium), ("食品生产", "食品有限公司", RiskLevel.Medium), ("网吧", "网络会所", RiskLevel.Medium),
        ("旅馆住宿", "宾馆", RiskLevel.Low), ("农贸市场", "农贸市场管理有限公司", RiskLevel.Low), ("零售", "便利店", RiskLevel.Low),
        ("危化品经营", "化工贸易有限公司", RiskLevel.High),
    ];
    static readonly string[] Words = ["华丰", "永盛", "金源", "恒通", "瑞祥", "鑫达", "宏远", "丽景", "青田", "瓯江", "明珠", "天和", "绿源", "康泰", "百川", "安顺"];
    const string CodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static IReadOnlyList<EnterpriseRecord> Generate(CountyDirectory county)
    {
        var rng = new Random(20261130);
        var list = new List<EnterpriseRecord>();
        foreach (var township in county.Data.Townships)
        {
            var shape = county.TownshipShape(township.Id);
            for (var i = 0; i < PerTownship; i++)
            {
                var kind = Kinds[rng.Next(Kinds.Length)];
                var first17 = "91331102" + new string(Enumerable.Range(0, 9).Select(_ => CodeAlphabet[rng.Next(CodeAlphabet.Length)]).ToArray());
                var code = first17 + CreditCode.CheckCharacter(first17);
                var grade = (CreditGrade)Math.Min(3, (int)(rng.NextDouble() * rng.NextDouble() * 5)); // mostly A and B
                list.Add(new EnterpriseRecord(code, $"{township.Name}{Words[rng.Next(Words.Length)]}{kind.Suffix}", kind.Industry, township.Id,
                    PointIn(shape, county, township.Id, rng), kind.Risk, grade, KeyList: kind.Risk == RiskLevel.High && rng.Next(3) == 0,
                    kind.Industry is "食品生产" or "瓶装燃气" ? PeakHours.Parse("08:00-11:00;14:00-17:00")! : PeakHours.None));
            }
        }
        return list;
    }

    static GeoPoint PointIn(GeoPolygon shape, CountyDirectory county, string townshipId, Random rng)
    {
        var (minLat, maxLat, minLon, maxLon) = (shape.Ring.Min(p => p.Lat), shape.Ring.Max(p => p.Lat), shape.Ring.Min(p => p.Lon), shape.Ring.Max(p => p.Lon));
        while (true)
        {
            var p = new GeoPoint(Math.Round(minLat + rng.NextDouble() * (maxLat - minLat), 6), Math.Round(minLon + rng.NextDouble() * (maxLon - minLon), 6));
            if (county.LocateTownship(p)?.Id == townshipId) return p;
        }
    }
}
