using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;

namespace Dispatch.Load;

/// <summary>
/// <c>make-county</c>: writes a county file (the gateway's <c>Dispatch:County:File</c> format) with N officers
/// ZF00001… (ids O0001…) who all sign in with the same password. 3 zones, 12 rectangular townships of 5 grids
/// each around 28.45°N 119.92°E, the nine 1+8 departments, officers spread evenly over townships and departments,
/// the <c>county</c> console account, the 18 demo categories (each needing <c>&lt;dept&gt;.1</c>) and urgent
/// auto-dispatch on.
/// </summary>
public static class CountyFileWriter
{
    const double CenterLat = 28.45, CenterLon = 119.92;
    const int Cols = 4, Rows = 3, GridsPerTownship = 5;
    const double TownshipWidth = 0.07, TownshipHeight = 0.055;

    static readonly string[] ZoneNames = ["负载一片区", "负载二片区", "负载三片区"];
    static readonly (string Id, string Name, string ShortName)[] Departments =
    [
        ("zhzf", "综合行政执法局", "综合执法"), ("scjg", "市场监督管理局", "市场监管"), ("sthj", "生态环境分局", "生态环境"),
        ("jtys", "交通运输局", "交通运输"), ("whsc", "文化和广电旅游体育局", "文化市场"), ("ny", "农业农村局", "农业"),
        ("yjgl", "应急管理局", "应急管理"), ("wsjk", "卫生健康局", "卫生健康"), ("zrzy", "自然资源和规划局", "自然资源"),
    ];

    /// <summary>
    /// The responsibility list: the demo county's categories, each needing its department's first qualification
    /// (the only one load officers hold). Default priority as the file stores it: 0 urgent, 1 high, 2 normal, 3 low.
    /// </summary>
    static readonly (string Id, string Name, string DepartmentId, int DefaultPriority)[] Categories =
    [
        ("street-vending", "占道经营", "zhzf", 2), ("littering", "乱堆乱放", "zhzf", 3), ("illegal-construction", "违法建设", "zhzf", 1),
        ("outdoor-advertising", "违规户外广告", "zhzf", 2), ("food-safety", "食品安全", "scjg", 1), ("special-equipment", "特种设备安全", "scjg", 0),
        ("cooking-fumes", "餐饮油烟", "sthj", 2), ("water-pollution", "水体污染", "sthj", 1), ("illegal-taxi", "非法营运", "jtys", 2),
        ("road-occupation", "公路违法占用", "jtys", 2), ("entertainment-venue", "娱乐场所违规经营", "whsc", 2), ("farm-inputs", "农资质量", "ny", 2),
        ("animal-epidemic", "动物防疫", "ny", 1), ("hazardous-chemicals", "危险化学品", "yjgl", 0), ("work-safety", "安全生产隐患", "yjgl", 1),
        ("public-hygiene", "公共场所卫生", "wsjk", 2), ("illegal-mining", "非法采矿", "zrzy", 1), ("land-violation", "违法占地", "zrzy", 2),
    ];

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>South, west, north, east edges of the township block, moved in by <paramref name="inset"/> degrees.</summary>
    public static (double South, double West, double North, double East) Bounds(double inset = 0) =>
        (CenterLat - Rows * TownshipHeight / 2 + inset, CenterLon - Cols * TownshipWidth / 2 + inset,
         CenterLat + Rows * TownshipHeight / 2 - inset, CenterLon + Cols * TownshipWidth / 2 - inset);

    public static int Run(Args args)
    {
        var officers = args.Int("officers", 2000, 1, 99_999);
        var output = args.String("out", "county.json");
        var password = args.String("password", "demo");
        args.RejectUnknown();

        var hash = new PasswordHasher<object>().HashPassword(new object(), password);
        var json = JsonSerializer.Serialize(Build(officers, hash), Json);
        File.WriteAllText(output, json);
        Console.WriteLine($"wrote {Path.GetFullPath(output)}: {officers} officers ZF00001…ZF{officers:00000} (O0001…), " +
                          $"{Rows * Cols} townships in {Rows} zones, {Categories.Length} categories, account 'county'; every password is '{password}'");
        Console.WriteLine($"start a gateway with it: --Dispatch:County:File={Path.GetFullPath(output)}");
        return 0;
    }

    public static object Build(int officerCount, string passwordHash)
    {
        var (south, west, _, _) = Bounds();
        var zones = ZoneNames.Select((n, i) => new { id = $"Z{i + 1}", name = n }).ToList();
        var townships = new List<object>();
        var grids = new List<object>();
        var townshipIds = new List<string>();
        for (var row = 0; row < Rows; row++)
        for (var col = 0; col < Cols; col++)
        {
            var n = row * Cols + col + 1;
            var id = $"T{n:00}";
            townshipIds.Add(id);
            double s = south + row * TownshipHeight, w = west + col * TownshipWidth;
            townships.Add(new { id, name = $"负载{n}号乡镇", zoneId = zones[row].id, outline = Rectangle(s, w, s + TownshipHeight, w + TownshipWidth) });
            var gridWidth = TownshipWidth / GridsPerTownship;
            for (var g = 0; g < GridsPerTownship; g++)
                grids.Add(new { id = $"{id}-G{g + 1}", name = $"负载{n}号乡镇第{g + 1}网格", townshipId = id,
                                outline = Rectangle(s, w + g * gridWidth, s + TownshipHeight, w + (g + 1) * gridWidth) });
        }

        var officers = Enumerable.Range(1, officerCount).Select(n =>
        {
            var dept = Departments[(n - 1) / townshipIds.Count % Departments.Length].Id;
            return new
            {
                id = $"O{n:0000}",
                code = $"ZF{n:00000}",
                name = $"负载队员{n:0000}",
                departmentId = dept,
                townshipId = townshipIds[(n - 1) % townshipIds.Count],
                qualifications = new[] { $"{dept}.1" },
                passwordHash,
            };
        }).ToList();

        return new
        {
            id = "load",
            name = "负载测试县",
            center = new { lat = CenterLat, lon = CenterLon },
            zones,
            townships,
            grids,
            departments = Departments.Select(d => new { id = d.Id, name = d.Name, shortName = d.ShortName }),
            officers,
            accounts = new[]
            {
                new { username = "county", passwordHash, role = "countyCommander", displayName = "负载测试 县指挥中心" },
            },
            categories = Categories.Select(c => new { id = c.Id, name = c.Name, departmentId = c.DepartmentId, qualification = $"{c.DepartmentId}.1", defaultPriority = c.DefaultPriority }),
            // Urgent reports are dispatched by the system (the dispatch bench relies on it); the rest as the gateway's defaults.
            incidents = new { autoDispatchUrgent = true, duplicateRadiusMeters = 100, duplicateWindow = "02:00:00", holidays = Array.Empty<string>(), makeUpWorkdays = Array.Empty<string>() },
        };
    }

    /// <summary>GeoJSON Polygon: one closed ring of [lon, lat], counter-clockwise.</summary>
    static object Rectangle(double south, double west, double north, double east)
    {
        double[] P(double lat, double lon) => [Math.Round(lon, 6), Math.Round(lat, 6)];
        return new { type = "Polygon", coordinates = new[] { new[] { P(south, west), P(south, east), P(north, east), P(north, west), P(south, west) } } };
    }
}
