using Dispatch.Domain.Access;

namespace Dispatch.Domain.County;

/// <summary>Checks a county file before anything uses it, so a bad file fails at start-up with every problem listed.</summary>
public static class CountyValidator
{
    public static IReadOnlyList<string> Validate(CountyData d)
    {
        var errors = new List<string>();
        void Unique<T>(IEnumerable<T> items, Func<T, string> key, string what)
        {
            foreach (var dup in items.GroupBy(key).Where(g => g.Count() > 1))
                errors.Add($"duplicate {what} id '{dup.Key}'");
        }

        Unique(d.Zones, z => z.Id, "zone");
        Unique(d.Townships, t => t.Id, "township");
        Unique(d.Grids, g => g.Id, "grid");
        Unique(d.Departments, x => x.Id, "department");
        Unique(d.Officers, o => o.Id, "officer");
        Unique(d.Officers, o => o.Code.ToUpperInvariant(), "officer code");
        Unique(d.Accounts, a => a.Username.ToLowerInvariant(), "account");

        var zones = d.Zones.Select(z => z.Id).ToHashSet();
        var townships = d.Townships.Select(t => t.Id).ToHashSet();
        var departments = d.Departments.Select(x => x.Id).ToHashSet();
        var officers = d.Officers.Select(o => o.Id).ToHashSet();

        foreach (var t in d.Townships)
        {
            if (!zones.Contains(t.ZoneId)) errors.Add($"township '{t.Id}' names unknown zone '{t.ZoneId}'");
            CheckOutline(t.Outline, $"township '{t.Id}'", errors);
        }
        foreach (var g in d.Grids)
        {
            if (!townships.Contains(g.TownshipId)) errors.Add($"grid '{g.Id}' names unknown township '{g.TownshipId}'");
            CheckOutline(g.Outline, $"grid '{g.Id}'", errors);
        }
        foreach (var o in d.Officers)
        {
            if (!departments.Contains(o.DepartmentId)) errors.Add($"officer '{o.Id}' names unknown department '{o.DepartmentId}'");
            if (o.TownshipId is { } t && !townships.Contains(t)) errors.Add($"officer '{o.Id}' names unknown township '{t}'");
        }
        Unique(d.Categories, c => c.Id, "category");
        foreach (var c in d.Categories.Where(c => !departments.Contains(c.DepartmentId)))
            errors.Add($"category '{c.Id}' names unknown department '{c.DepartmentId}'");
        foreach (var (text, category) in d.Incidents.HotlineCategories.Where(m => d.Categories.All(c => c.Id != m.Value)))
            errors.Add($"hotline category '{text}' names unknown category '{category}'");
        foreach (var a in d.Accounts)
        {
            if (!Roles.TryParse(a.Role, out var role)) { errors.Add($"account '{a.Username}' has unknown role '{a.Role}'"); continue; }
            foreach (var z in a.ZoneIds.Where(z => !zones.Contains(z))) errors.Add($"account '{a.Username}' names unknown zone '{z}'");
            if (a.TownshipId is { } t && !townships.Contains(t)) errors.Add($"account '{a.Username}' names unknown township '{t}'");
            if (a.DepartmentId is { } dep && !departments.Contains(dep)) errors.Add($"account '{a.Username}' names unknown department '{dep}'");
            if (a.OfficerId is { } off && !officers.Contains(off)) errors.Add($"account '{a.Username}' names unknown officer '{off}'");
            if (role == Role.ZoneDispatcher && a.ZoneIds.Count == 0) errors.Add($"zone dispatcher '{a.Username}' has no zone");
            if (role is Role.TownshipStaff or Role.GridWorker && a.TownshipId is null) errors.Add($"account '{a.Username}' needs a township");
            if (role == Role.DepartmentDesk && a.DepartmentId is null) errors.Add($"department desk '{a.Username}' needs a department");
            if (role == Role.Officer && a.OfficerId is null) errors.Add($"officer account '{a.Username}' needs an officer id");
        }
        return errors;
    }

    static void CheckOutline(GeoJsonPolygon? outline, string what, List<string> errors)
    {
        if (outline is null || outline.Type != "Polygon" || outline.Coordinates.Length == 0 || outline.Coordinates[0].Length < 4)
        {
            errors.Add($"{what} needs a GeoJSON Polygon outline with a closed ring of at least 4 positions");
            return;
        }
        foreach (var c in outline.Coordinates[0])
        {
            if (c.Length < 2 || !new Geo.GeoPoint(c[1], c[0]).IsValid)
            {
                errors.Add($"{what} has an invalid coordinate");
                return;
            }
        }
    }
}
