using Dispatch.Domain.Access;

namespace Dispatch.Domain.County;

/// <summary>
/// Generates the demo county: a fictional county placed in Lishui, Zhejiang (around 28.45°N 119.92°E)
/// with 3 zones, 12 townships, 60 grids, the nine 1+8 departments and 300 officers. Deterministic: the
/// same call gives the same county in every process, so silos and gateways agree without sharing a file.
/// </summary>
public static class DemoCounty
{
    public const string DemoPassword = "demo";

    const int TownshipCols = 4, TownshipRows = 3, GridsPerTownship = 5, OfficersPerTownship = 25;
    const double TownshipWidthDeg = 0.07, TownshipHeightDeg = 0.055;
    const double CenterLat = 28.45, CenterLon = 119.92;

    static readonly string[] ZoneNames = ["城区执法片区", "东部执法片区", "西部执法片区"];
    static readonly string[] TownshipNames =
        ["城东街道", "城西街道", "城南街道", "城北街道", "白云镇", "青山镇", "溪口镇", "石门镇", "龙泉乡", "桃源乡", "大港头镇", "雅溪镇"];

    // 市场监管 is listed first because the demo account `desk` (its duty desk) is a public contract as "the first
    // department's desk"; the order of this list means nothing else (officers are generated from Staffing).
    public static readonly IReadOnlyList<DepartmentData> Departments =
    [
        new("scjg", "市场监督管理局", "市场监管"),
        new("zhzf", "综合行政执法局", "综合执法"),
        new("sthj", "生态环境分局", "生态环境"),
        new("jtys", "交通运输局", "交通运输"),
        new("whsc", "文化和广电旅游体育局", "文化市场"),
        new("ny", "农业农村局", "农业"),
        new("yjgl", "应急管理局", "应急管理"),
        new("wsjk", "卫生健康局", "卫生健康"),
        new("zrzy", "自然资源和规划局", "自然资源"),
    ];

    // Officers per department in each township: comprehensive enforcement carries most of the load.
    static readonly (string Dept, int Count)[] Staffing =
        [("zhzf", 9), ("scjg", 4), ("sthj", 2), ("jtys", 2), ("whsc", 1), ("ny", 2), ("yjgl", 2), ("wsjk", 1), ("zrzy", 2)];

    static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "朱", "胡", "郭", "何", "林", "叶", "潘", "蒋"];
    static readonly string[] GivenChars = ["伟", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "华", "建", "国", "志", "海", "燕", "婷", "斌", "晨", "浩", "宇"];

    /// <param name="demoPasswordHash">Hash of <see cref="DemoPassword"/>; null gives a county with no accounts and no officer sign-in.</param>
    public static CountyData Generate(string? demoPasswordHash)
    {
        var rng = new Random(20261124);
        var lattice = Lattice(rng);
        var zones = ZoneNames.Select((n, i) => new ZoneData($"Z{i + 1}", n)).ToList();
        var townships = new List<TownshipData>();
        var grids = new List<GridData>();
        var officers = new List<OfficerData>();

        for (var row = 0; row < TownshipRows; row++)
        for (var col = 0; col < TownshipCols; col++)
        {
            var index = row * TownshipCols + col;
            var id = $"T{index + 1:00}";
            townships.Add(new TownshipData(id, TownshipNames[index], zones[row].Id, TownshipOutline(lattice, col, row)));
            for (var g = 0; g < GridsPerTownship; g++)
                grids.Add(new GridData($"{id}-G{g + 1}", $"{TownshipNames[index]}第{g + 1}网格", id, GridOutline(lattice, col, row, g)));
            foreach (var (dept, count) in Staffing)
            for (var k = 0; k < count; k++)
            {
                var n = officers.Count + 1;
                officers.Add(new OfficerData
                {
                    Id = $"O{n:0000}",
                    Code = $"ZF{n:00000}",
                    Name = Surnames[rng.Next(Surnames.Length)] + GivenChars[rng.Next(GivenChars.Length)] +
                           (rng.Next(3) == 0 ? "" : GivenChars[rng.Next(GivenChars.Length)]),
                    DepartmentId = dept,
                    TownshipId = id,
                    Qualifications = rng.Next(4) == 0 ? [$"{dept}.1"] : [$"{dept}.1", $"{dept}.2"],
                    PasswordHash = demoPasswordHash,
                });
            }
        }

        return new CountyData
        {
            Id = "demo",
            Name = "丽水示范县（演示数据）",
            Center = new LatLon(CenterLat, CenterLon),
            Zones = zones,
            Townships = townships,
            Grids = grids,
            Departments = Departments,
            Officers = officers,
            Accounts = demoPasswordHash is null ? [] : Accounts(demoPasswordHash),
            Categories = Incidents.DemoCategories.All,
            Incidents = new Incidents.IncidentSettings
            {
                AutoDispatchUrgent = true,
                // Illustrative 2026 holidays and make-up working days for the demo; a real county loads the calendar
                // the State Council publishes each year.
                Holidays = [.. Days(2026, 1, 1, 3), .. Days(2026, 2, 15, 9), .. Days(2026, 4, 4, 3), .. Days(2026, 5, 1, 5),
                            .. Days(2026, 6, 19, 3), .. Days(2026, 9, 25, 3), .. Days(2026, 10, 1, 7)],
                MakeUpWorkdays = [new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10)],
                HotlineCategories = Incidents.DemoCategories.HotlineTexts,
            },
            InspectionItems = Inspections.Catalogue.DemoCatalogue.Value.Items,
            InspectionScenarios = Inspections.Catalogue.DemoCatalogue.Value.Scenarios,
        };
    }

    static IEnumerable<DateOnly> Days(int year, int month, int day, int count) =>
        Enumerable.Range(0, count).Select(i => new DateOnly(year, month, day).AddDays(i));

    static IReadOnlyList<AccountData> Accounts(string hash) =>
    [
        new() { Username = "county", PasswordHash = hash, Role = Roles.CountyCommander, DisplayName = "县指挥中心 周指挥" },
        new() { Username = "dispatcher", PasswordHash = hash, Role = Roles.ZoneDispatcher, DisplayName = "城区片区值班员 陈静", ZoneIds = ["Z1"] },
        new() { Username = "desk", PasswordHash = hash, Role = Roles.DepartmentDesk, DisplayName = "市场监管值班 王敏", DepartmentId = "scjg" },
        new() { Username = "township", PasswordHash = hash, Role = Roles.TownshipStaff, DisplayName = "城东街道 李强", TownshipId = "T01" },
        new() { Username = "leader", PasswordHash = hash, Role = Roles.TownshipStaff, DisplayName = "城东街道 主任 孙建国", TownshipId = "T01", Approver = true },
        .. Departments.Select(d => new AccountData
        {
            Username = $"desk-{d.Id}", PasswordHash = hash, Role = Roles.DepartmentDesk, DisplayName = $"{d.ShortName}值班", DepartmentId = d.Id,
        }),
        new() { Username = "officer", PasswordHash = hash, Role = Roles.Officer, DisplayName = "执法队员（O0001）", OfficerId = "O0001" },
        new() { Username = "grid", PasswordHash = hash, Role = Roles.GridWorker, DisplayName = "城东街道第1网格 网格员 刘艳", TownshipId = "T01", GridId = "T01-G1" },
        new() { Username = "auditor", PasswordHash = hash, Role = Roles.Auditor, DisplayName = "县司法局 监督员 赵华" },
        new() { Username = "admin", PasswordHash = hash, Role = Roles.Admin, DisplayName = "系统管理员" },
        new() { Username = "planner", PasswordHash = hash, Role = Roles.Planner, DisplayName = "县联席会议办公室 综合查一次专班" },
        // Inspectors of two departments for joint inspections: officers of 市场监管 and 应急管理 stationed in 城东街道.
        new() { Username = "inspector", PasswordHash = hash, Role = Roles.Officer, DisplayName = "市场监管检查员（O0010）", OfficerId = "O0010" },
        new() { Username = "inspector2", PasswordHash = hash, Role = Roles.Officer, DisplayName = "应急管理检查员（O0021）", OfficerId = "O0021" },
    ];

    // Lattice of shared vertices: townships and grids are built from it so outlines tile without gaps.
    // x runs over grid columns (5 per township), y over half-township rows (2 per township).
    static (double Lat, double Lon)[,] Lattice(Random rng)
    {
        int nx = TownshipCols * GridsPerTownship + 1, ny = TownshipRows * 2 + 1;
        var dx = TownshipWidthDeg / GridsPerTownship;
        var dy = TownshipHeightDeg / 2;
        var originLat = CenterLat - TownshipRows * TownshipHeightDeg / 2;
        var originLon = CenterLon - TownshipCols * TownshipWidthDeg / 2;
        var points = new (double, double)[nx, ny];
        for (var x = 0; x < nx; x++)
        for (var y = 0; y < ny; y++)
        {
            var jx = (rng.NextDouble() - 0.5) * dx * 0.5;
            var jy = (rng.NextDouble() - 0.5) * dy * 0.4;
            points[x, y] = (originLat + y * dy + jy, originLon + x * dx + jx);
        }
        return points;
    }

    static GeoJsonPolygon TownshipOutline((double Lat, double Lon)[,] l, int col, int row)
    {
        int x0 = col * GridsPerTownship, x1 = x0 + GridsPerTownship, y0 = row * 2, y2 = y0 + 2;
        var ring = new List<(double, double)>();
        for (var x = x0; x <= x1; x++) ring.Add(l[x, y0]);        // south edge, west to east
        ring.Add(l[x1, y0 + 1]);                                 // east edge midpoint
        for (var x = x1; x >= x0; x--) ring.Add(l[x, y2]);        // north edge, east to west
        ring.Add(l[x0, y0 + 1]);                                 // west edge midpoint
        return Polygon(ring);
    }

    static GeoJsonPolygon GridOutline((double Lat, double Lon)[,] l, int col, int row, int g)
    {
        int x0 = col * GridsPerTownship + g, x1 = x0 + 1, y0 = row * 2;
        return Polygon([l[x0, y0], l[x1, y0], l[x1, y0 + 1], l[x1, y0 + 2], l[x0, y0 + 2], l[x0, y0 + 1]]);
    }

    static GeoJsonPolygon Polygon(List<(double Lat, double Lon)> ring)
    {
        var coords = ring.Select(p => new[] { Math.Round(p.Lon, 6), Math.Round(p.Lat, 6) }).ToList();
        coords.Add(coords[0]);
        return new GeoJsonPolygon { Coordinates = [coords.ToArray()] };
    }
}
