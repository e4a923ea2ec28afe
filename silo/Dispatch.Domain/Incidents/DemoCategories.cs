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
}
