namespace Dispatch.Domain.Incidents;

public static class DemoCategories
{
    public static readonly IReadOnlyList<IncidentCategory> All =
    [
        new("street-vending", "占道经营", "zhzf", "zhzf.1"),
        new("littering", "乱堆乱放", "zhzf", "zhzf.1", Priority.Low),
        new("illegal-construction", "违法建设", "zhzf", "zhzf.2", Priority.High),
        new("outdoor-advertising", "违规户外广告", "zhzf", "zhzf.2"),
        new("food-safety", "食品安全", "scjg", "scjg.1", Priority.High),
        new("special-equipment", "特种设备安全", "scjg", "scjg.2", Priority.Urgent),
        new("cooking-fumes", "餐饮油烟", "sthj", "sthj.1"),
        new("water-pollution", "水体污染", "sthj", "sthj.2", Priority.High),
        new("illegal-taxi", "非法营运", "jtys", "jtys.2"),
        new("road-occupation", "公路违法占用", "jtys", "jtys.1"),
        new("entertainment-venue", "娱乐场所违规经营", "whsc", "whsc.1"),
        new("farm-inputs", "农资质量", "ny", "ny.1"),
        new("animal-epidemic", "动物防疫", "ny", "ny.2", Priority.High),
        new("hazardous-chemicals", "危险化学品", "yjgl", "yjgl.1", Priority.Urgent),
        new("work-safety", "安全生产隐患", "yjgl", "yjgl.2", Priority.High),
        new("public-hygiene", "公共场所卫生", "wsjk", "wsjk.1"),
        new("illegal-mining", "非法采矿", "zrzy", "zrzy.1", Priority.High),
        new("land-violation", "违法占地", "zrzy", "zrzy.2"),
    ];

    /// <summary>
    /// The demo county's 12345 mapping: the category texts its hotline system uses (several per category) → category id.
    /// Texts not listed here, such as 噪声扰民 (noise has no responsible line in the demo list), go to triage.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> HotlineTexts = new Dictionary<string, string>
    {
        ["占道经营"] = "street-vending", ["流动摊贩"] = "street-vending", ["出店经营"] = "street-vending",
        ["乱堆乱放"] = "littering", ["垃圾乱堆"] = "littering",
        ["违章建筑"] = "illegal-construction", ["违法搭建"] = "illegal-construction",
        ["违规广告牌"] = "outdoor-advertising", ["户外广告"] = "outdoor-advertising",
        ["餐饮卫生"] = "food-safety", ["过期食品"] = "food-safety", ["食品安全"] = "food-safety",
        ["电梯故障"] = "special-equipment", ["电梯困人"] = "special-equipment", ["锅炉安全"] = "special-equipment",
        ["油烟扰民"] = "cooking-fumes",
        ["河道污染"] = "water-pollution", ["污水直排"] = "water-pollution",
        ["黑车"] = "illegal-taxi", ["非法营运"] = "illegal-taxi",
        ["公路占道"] = "road-occupation",
        ["娱乐场所"] = "entertainment-venue",
        ["假农药"] = "farm-inputs", ["假化肥"] = "farm-inputs", ["假种子"] = "farm-inputs",
        ["病死畜禽"] = "animal-epidemic",
        ["危化品"] = "hazardous-chemicals", ["燃气泄漏"] = "hazardous-chemicals",
        ["安全隐患"] = "work-safety", ["安全生产"] = "work-safety",
        ["公共场所卫生"] = "public-hygiene",
        ["非法采砂"] = "illegal-mining", ["盗采矿产"] = "illegal-mining",
        ["乱占耕地"] = "land-violation", ["违法占地"] = "land-violation",
    };
}
