using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Hotline;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Tests;

/// <summary>12345 tickets: the check, the category mapping, where a ticket goes, and the deadline class.</summary>
public class HotlineMappingTests
{
    static readonly CountyDirectory County = new(DemoCounty.Generate(null));
    static readonly GeoPoint InT01 = County.TownshipShape("T01").Centroid;
    static readonly GeoPoint InT09 = County.TownshipShape("T09").Centroid; // zone Z3
    static readonly DateTimeOffset Now = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero); // a Monday, 10:00 in China

    static HotlineTicket Ticket(string category = "占道经营", GeoPoint? at = null, string? address = "城东街道人民路 12 号", string deadline = "24h",
        bool located = true) =>
        HotlineTicketCheck.Of("ZJ12345-0001", category, "门口有人摆摊卖水果", address, located ? (at ?? InT01).Lat : null,
            located ? (at ?? InT01).Lon : null, deadline, "王女士", "13900000000", Now).Ticket!;

    [Theory]
    [InlineData("占道经营", "street-vending")]
    [InlineData(" 流动摊贩 ", "street-vending")]
    [InlineData("电梯困人", "special-equipment")]
    [InlineData("食品安全", "food-safety")]      // a category's own name
    [InlineData("water-pollution", "water-pollution")] // a category's id
    public void A_category_text_maps_through_the_county_table_or_a_category_name(string text, string category) =>
        Assert.Equal(category, HotlineCategoryMap.Resolve(text, County)?.Id);

    [Fact]
    public void Every_demo_mapping_names_a_category_of_the_catalogue() =>
        Assert.All(County.Data.Incidents.HotlineCategories, m => Assert.NotNull(County.Category(m.Value)));

    [Fact]
    public void A_county_file_mapping_to_an_unknown_category_is_refused_at_start()
    {
        var data = DemoCounty.Generate(null);
        var broken = data with { Incidents = data.Incidents with { HotlineCategories = new Dictionary<string, string> { ["噪声扰民"] = "noise" } } };
        Assert.Contains(CountyValidator.Validate(broken), e => e.Contains("噪声扰民") && e.Contains("noise"));
    }

    [Fact]
    public void A_mapped_located_ticket_is_filed_by_the_hotline_bridge_with_source_hotline()
    {
        var (filed, triage) = HotlineIntake.Plan(Ticket(), County);
        Assert.Null(triage);
        var report = filed!.Report!;
        Assert.Equal("street-vending", report.Category);
        Assert.Equal(IncidentSource.Hotline, report.Source);
        Assert.Equal("T01", report.TownshipId);
        Assert.Contains("ZJ12345-0001", report.Description);
        Assert.Contains("人民路 12 号", report.Description);
    }

    [Fact]
    public void The_caller_contact_never_reaches_the_report() =>
        Assert.DoesNotContain("13900000000", HotlineIntake.Plan(Ticket(), County).Filed!.Report!.ToString());

    [Fact]
    public void An_unmapped_category_goes_to_triage() =>
        Assert.Equal(TriageReason.UnmappedCategory, HotlineIntake.Plan(Ticket("噪声扰民"), County).Triage);

    [Fact]
    public void A_ticket_with_only_an_address_goes_to_triage_for_a_dispatcher_to_place() =>
        Assert.Equal(TriageReason.NoLocation, HotlineIntake.Plan(Ticket(located: false), County).Triage);

    [Fact]
    public void A_located_ticket_outside_the_county_is_bad_input_not_triage()
    {
        var (filed, triage) = HotlineIntake.Plan(Ticket(at: new GeoPoint(30.25, 120.15)), County);
        Assert.Null(triage);
        Assert.Contains("location", filed!.Errors.Keys);
    }

    [Theory]
    [InlineData(null, "x", "d", "7d", "ticketId")]
    [InlineData("bad id!", "x", "d", "7d", "ticketId")]
    [InlineData("T1", "", "d", "7d", "category")]
    [InlineData("T1", "x", " ", "7d", "description")]
    [InlineData("T1", "x", "d", "3d", "deadlineClass")]
    [InlineData("T1", "x", "d", null, "deadlineClass")]
    public void A_ticket_missing_a_field_is_refused_by_field(string? id, string category, string description, string? deadline, string field)
    {
        var check = HotlineTicketCheck.Of(id, category, description, null, InT01.Lat, InT01.Lon, deadline, null, null, Now);
        Assert.Null(check.Ticket);
        Assert.Contains(field, check.Errors.Keys);
    }

    [Fact]
    public void A_ticket_with_neither_location_nor_address_is_refused()
    {
        var check = HotlineTicketCheck.Of("T1", "占道经营", "d", null, null, null, "7d", null, null, Now);
        Assert.Contains("location", check.Errors.Keys);
        Assert.Contains("location", HotlineTicketCheck.Of("T1", "占道经营", "d", null, InT01.Lat, null, "7d", null, null, Now).Errors.Keys);
    }

    [Theory]
    [InlineData("2h", 2 * 60)]
    [InlineData("24h", 24 * 60)]
    public void The_deadline_class_sets_the_handling_deadline(string deadlineClass, int minutes)
    {
        var report = HotlineIntake.Plan(Ticket(deadline: deadlineClass), County).Filed!.Report!;
        var record = IncidentReport.Open(report, "Z1-x", "Z1", County.Category(report.Category)!, County.Data.Incidents, Incidents.Intake.IntakeBridges.Hotline, Now);
        Assert.Equal(Now.AddMinutes(minutes), record.Deadlines.Single(d => d.Kind == DeadlineKind.Handle).Due);
        // Acknowledgement and arrival still follow the category (street vending: normal, 30 min and 2 h).
        Assert.Equal(Now.AddMinutes(30), record.Deadlines.Single(d => d.Kind == DeadlineKind.Acknowledge).Due);
    }

    [Fact]
    public void The_seven_day_class_counts_working_days_and_survives_a_new_priority()
    {
        var report = HotlineIntake.Plan(Ticket(deadline: "7d"), County).Filed!.Report!;
        var settings = County.Data.Incidents;
        var category = County.Category(report.Category)!;
        var record = IncidentReport.Open(report, "Z1-x", "Z1", category, settings, Incidents.Intake.IntakeBridges.Hotline, Now);
        var due = record.Deadlines.Single(d => d.Kind == DeadlineKind.Handle).Due;
        Assert.Equal(settings.Calendar.AddWorkingDays(Now, 7, ChinaTime.Offset), due);

        var commander = new Actor(new Scope(Role.CountyCommander, "county", []), "指挥长");
        var registered = IncidentRules.Apply(record, IncidentAction.Register, commander, new ActionInput(Priority: Priority.Urgent), Now.AddMinutes(1),
            new ActionContext(null, category, settings)).Record!;
        Assert.Equal(due, registered.Deadlines.Single(d => d.Kind == DeadlineKind.Handle).Due);
        Assert.Equal(Now.AddMinutes(5), registered.Deadlines.Single(d => d.Kind == DeadlineKind.Acknowledge).Due);
    }

    [Fact]
    public void A_zone_centre_places_a_triaged_ticket_only_in_its_zones()
    {
        var dispatcher = new Actor(new Scope(Role.ZoneDispatcher, "dispatcher", ["Z1"]), "值班员");
        var ticket = Ticket("噪声扰民", located: false);
        Assert.NotNull(HotlineIntake.Placed(ticket, "littering", InT01, dispatcher, County).Report);
        Assert.NotNull(HotlineIntake.Placed(ticket, "littering", InT09, dispatcher, County).Forbidden);
        Assert.Contains("category", HotlineIntake.Placed(ticket, "noise", InT01, dispatcher, County).Errors.Keys);
        Assert.Contains("location", HotlineIntake.Placed(ticket, "littering", null, dispatcher, County).Errors.Keys);
    }

    [Fact]
    public void Triage_is_seen_by_the_county_and_the_zone_centre_of_its_place_or_any_centre_without_one()
    {
        var inZ3 = new TriageItem(Ticket("噪声扰民", at: InT09), TriageReason.UnmappedCategory, "Z3");
        var nowhere = new TriageItem(Ticket(located: false), TriageReason.NoLocation, null);
        var z1 = new Scope(Role.ZoneDispatcher, "dispatcher", ["Z1"]);
        Assert.False(inZ3.SeenBy(z1));
        Assert.True(nowhere.SeenBy(z1));
        Assert.True(inZ3.SeenBy(new Scope(Role.CountyCommander, "county", [])));
        Assert.False(nowhere.SeenBy(new Scope(Role.DepartmentDesk, "desk", [], DepartmentId: "scjg")));
        Assert.False(nowhere.SeenBy(new Scope(Role.Auditor, "auditor", [])));
    }

    [Fact]
    public void Backoff_doubles_from_the_first_delay_up_to_the_cap_and_ends_in_a_dead_letter()
    {
        var backoff = new DeliveryBackoff { FirstDelay = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromMinutes(2), MaxAttempts = 4 };
        Assert.Equal([30, 60, 120, 120], Enumerable.Range(1, 4).Select(n => backoff.DelayAfter(n).TotalSeconds));

        var payload = new HotlineResult("T1", "Z1-x", "closed", "已处理", Now);
        var d = HotlineDelivery.Start(payload, Now);
        for (var i = 0; i < 3; i++) d = d.Failed("HTTP 500", Now, backoff);
        Assert.Equal(DeliveryState.Pending, d.State);
        Assert.Equal(Now.AddSeconds(120), d.NextAttemptAt);
        d = d.Failed("HTTP 500", Now, backoff);
        Assert.Equal((DeliveryState.Failed, 4, (DateTimeOffset?)null), (d.State, d.Attempts, d.NextAttemptAt));
    }

    [Fact]
    public void The_result_sent_back_is_the_handling_result_or_the_refusal_reason()
    {
        var report = HotlineIntake.Plan(Ticket(), County).Filed!.Report!;
        var record = IncidentReport.Open(report, "Z1-x", "Z1", County.Category(report.Category)!, County.Data.Incidents, Incidents.Intake.IntakeBridges.Hotline, Now);
        var commander = new Actor(new Scope(Role.CountyCommander, "county", []), "指挥长");
        var rejected = IncidentRules.Apply(record, IncidentAction.Reject, commander, new ActionInput(Reason: "不属于执法事项"), Now.AddMinutes(5),
            new ActionContext(null, null, County.Data.Incidents)).Record!;
        var result = HotlineResult.Of("ZJ12345-0001", rejected);
        Assert.Equal(("rejected", "不属于执法事项"), (result.Status, result.Result));
    }
}
