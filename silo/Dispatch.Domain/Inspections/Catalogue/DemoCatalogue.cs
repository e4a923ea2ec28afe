using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Domain.Inspections.Catalogue;

/// <summary>
/// The demo county's inspection items and scenarios (一件事), drawn from the kinds of check the seed documents name. Every
/// item asks for its department's basic qualification (<c>{department}.1</c>), which every demo officer holds.
/// </summary>
public static class DemoCatalogue
{
    public static readonly InspectionCatalogue Value = new(
    [
        new("scjg-gas-cylinder", "气瓶充装与检验", "scjg", "scjg.1", "《中华人民共和国特种设备安全法》第三十三条、第四十九条"),
        new("scjg-food-license", "食品经营许可与从业人员健康", "scjg", "scjg.1", "《中华人民共和国食品安全法》第三十五条、第四十五条"),
        new("scjg-pricing", "明码标价与价格行为", "scjg", "scjg.1", "《中华人民共和国价格法》第十三条"),
        new("yjgl-gas-safety", "燃气经营场所安全生产", "yjgl", "yjgl.1", "《中华人民共和国安全生产法》第四十一条"),
        new("yjgl-hazchem", "危险化学品经营安全", "yjgl", "yjgl.1", "《危险化学品安全管理条例》第三十四条"),
        new("yjgl-venue-safety", "人员密集场所安全生产", "yjgl", "yjgl.1", "《中华人民共和国安全生产法》第四十二条"),
        new("whsc-venue-license", "娱乐场所经营许可与营业时间", "whsc", "whsc.1", "《娱乐场所管理条例》第九条、第二十八条"),
        new("whsc-netbar-minors", "网吧接纳未成年人", "whsc", "whsc.1", "《互联网上网服务营业场所管理条例》第二十一条"),
        new("wsjk-public-hygiene", "公共场所卫生", "wsjk", "wsjk.1", "《公共场所卫生管理条例》第三条"),
        new("zhzf-waste-transport", "建筑垃圾运输与处置核准", "zhzf", "zhzf.1", "《城市建筑垃圾管理规定》第七条、第十四条"),
        new("zhzf-gas-operation", "瓶装燃气经营行为", "zhzf", "zhzf.1", "《城镇燃气管理条例》第十八条"),
        new("jtys-waste-vehicle", "渣土运输车辆营运资质", "jtys", "jtys.1", "《中华人民共和国道路运输条例》第二十四条"),
        new("sthj-dust", "扬尘与固体废物污染防治", "sthj", "sthj.1", "《中华人民共和国固体废物污染环境防治法》第六十条"),
        new("sthj-fumes", "餐饮油烟排放", "sthj", "sthj.1", "《中华人民共和国大气污染防治法》第八十一条"),
        new("zrzy-site-use", "消纳场地用地合规", "zrzy", "zrzy.1", "《中华人民共和国土地管理法》第四十四条"),
        new("ny-market-produce", "农产品质量安全", "ny", "ny.1", "《中华人民共和国农产品质量安全法》第三十六条"),
    ],
    [
        new("entertainment", "娱乐场所一件事", "whsc",
            [new("whsc", ["whsc-venue-license"]), new("yjgl", ["yjgl-venue-safety"]), new("wsjk", ["wsjk-public-hygiene"]), new("scjg", ["scjg-pricing"])],
            new ScenarioFilter(Industries: ["娱乐场所", "网吧"])),
        new("bottled-gas", "瓶装燃气一件事", "zhzf",
            [new("zhzf", ["zhzf-gas-operation"]), new("scjg", ["scjg-gas-cylinder"]), new("yjgl", ["yjgl-gas-safety"])],
            new ScenarioFilter(Industries: ["瓶装燃气"])),
        new("construction-waste", "建筑垃圾处置一件事", "zhzf",
            [new("zhzf", ["zhzf-waste-transport"]), new("jtys", ["jtys-waste-vehicle"]), new("sthj", ["sthj-dust"]), new("zrzy", ["zrzy-site-use"])],
            new ScenarioFilter(Industries: ["建筑垃圾处置"])),
        new("catering", "餐饮服务一件事", "scjg",
            [new("scjg", ["scjg-food-license"]), new("sthj", ["sthj-fumes"]), new("wsjk", ["wsjk-public-hygiene"])],
            new ScenarioFilter(Industries: ["餐饮服务"])),
        new("hazchem", "危化品经营一件事", "yjgl",
            [new("yjgl", ["yjgl-hazchem"]), new("scjg", ["scjg-pricing"])],
            new ScenarioFilter(Industries: ["危化品经营"])),
    ]);

    /// <summary>
    /// Two departments' plans for the demo year's fourth quarter: 市场监管 and 应急管理 both check bottled-gas stations and
    /// hazardous-chemical shops, so the planner has visits to merge.
    /// </summary>
    public static IReadOnlyList<InspectionPlan> Plans(int year) =>
    [
        new("scjg", year,
        [
            new("scjg-gas-cylinder", "bottled-gas", PlanTarget.Sample(0.1, 0.2, 0.5, 1), $"{year}-Q4"),
            new("scjg-pricing", "hazchem", PlanTarget.Sample(0.1, 0.2, 0.5, 1), $"{year}-Q4"),
        ]),
        new("yjgl", year,
        [
            new("yjgl-gas-safety", "bottled-gas", PlanTarget.Sample(0.1, 0.2, 0.5, 1), $"{year}-Q4"),
            new("yjgl-hazchem", "hazchem", PlanTarget.Sample(0.1, 0.2, 0.5, 1), $"{year}-Q4"),
        ]),
    ];
}
