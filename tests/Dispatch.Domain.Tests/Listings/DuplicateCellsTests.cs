using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Tests.Listings;

public class DuplicateCellsTests
{
    static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_report_finds_the_open_incident_of_its_category_within_the_radius_across_cell_edges()
    {
        var cells = new DuplicateCells(100);
        var at = new GeoPoint(28.450000, 119.920000);
        cells.Put(new OpenIncident("A", "littering", new GeoPoint(28.450000, 119.920950), Now)); // ~93 m east
        cells.Put(new OpenIncident("B", "noise", at, Now));
        cells.Put(new OpenIncident("C", "littering", new GeoPoint(28.460000, 119.920000), Now)); // ~1.1 km north
        var target = DuplicateRule.Default.MergeTarget(cells.Near("littering", at), "littering", at, Now);
        Assert.Equal("A", target?.Id);
        Assert.DoesNotContain(cells.Near("littering", at), i => i.Id == "C");
    }

    [Fact]
    public void A_removed_incident_is_no_longer_a_target_and_a_moved_one_is_found_where_it_is()
    {
        var cells = new DuplicateCells(100);
        var at = new GeoPoint(28.45, 119.92);
        cells.Put(new OpenIncident("A", "littering", at, Now));
        cells.Remove("A");
        Assert.Empty(cells.Near("littering", at));
        cells.Put(new OpenIncident("B", "littering", new GeoPoint(28.5, 119.9), Now));
        cells.Put(new OpenIncident("B", "littering", at, Now));
        Assert.Equal(["B"], cells.Near("littering", at).Select(i => i.Id));
        Assert.Equal(1, cells.Count);
    }
}
