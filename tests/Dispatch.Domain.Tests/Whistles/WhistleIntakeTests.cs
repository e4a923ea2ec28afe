using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles;
using static Dispatch.Domain.Tests.Whistles.WhistleWorld;

namespace Dispatch.Domain.Tests.Whistles;

/// <summary>Raising a whistle: the place rules of intake, exactly one lead department, bounded text, the township's own staff.</summary>
public class WhistleIntakeTests
{
    static WhistleCheck Check(WhistleDraft d, Dispatch.Domain.Common.Actor? who = null, IncidentRecord? incident = null) =>
        WhistleIntake.Check(d, who ?? Staff, WhistleWorld.County, incident);

    [Fact]
    public void A_good_draft_gives_the_township_zone_and_parts()
    {
        var w = Check(Draft()).Whistle!;
        Assert.Equal(("T01", "Z1", WhistleUrgency.Urgent), (w.TownshipId, w.ZoneId, w.Urgency));
        Assert.Equal([("scjg", PartRole.Lead, "执法记录仪"), ("zhzf", PartRole.Assist, "拆除工具")], w.Parts.Select(p => (p.DepartmentId, p.Role, p.Needs)));
    }

    [Theory]
    [InlineData("lead", "lead")]
    [InlineData("assist", "assist")]
    public void Exactly_one_lead_department(string first, string second) =>
        Assert.Contains("departments", Check(Draft(parts: [new("scjg", first, null), new("zhzf", second, null)])).Errors!.Keys);

    [Fact]
    public void Departments_must_be_known_distinct_and_roles_valid()
    {
        Assert.Contains("departments", Check(Draft(parts: [new("nope", "lead", null)])).Errors!.Keys);
        Assert.Contains("departments", Check(Draft(parts: [new("scjg", "lead", null), new("scjg", "assist", null)])).Errors!.Keys);
        Assert.Contains("departments", Check(Draft(parts: [new("scjg", "boss", null)])).Errors!.Keys);
        Assert.Contains("departments", Check(Draft(parts: [new("scjg", "lead", new string('x', InputLimits.Text + 1))])).Errors!.Keys);
        Assert.Contains("departments", Check(Draft() with { Departments = [] }).Errors!.Keys);
        Assert.Contains("departments", Check(Draft() with { Departments = null }).Errors!.Keys);
    }

    [Fact]
    public void Text_urgency_and_place_are_checked_like_any_report()
    {
        Assert.Contains("title", Check(Draft() with { Title = " " }).Errors!.Keys);
        Assert.Contains("title", Check(Draft() with { Title = new string('x', WhistleIntake.TitleLength + 1) }).Errors!.Keys);
        Assert.Contains("description", Check(Draft() with { Description = new string('x', InputLimits.Text + 1) }).Errors!.Keys);
        Assert.Contains("urgency", Check(Draft(urgency: "asap")).Errors!.Keys);
        Assert.Contains("location", Check(Draft() with { Lat = null }).Errors!.Keys);
        Assert.Contains("location", Check(Draft() with { Lat = 40, Lon = 116 }).Errors!.Keys);   // Beijing, not this county
        Assert.Contains("townshipId", Check(Draft(at: InT02)).Errors!.Keys);                    // T01 named, point in T02
    }

    [Fact]
    public void Only_the_townships_own_staff_may_blow_its_whistle()
    {
        Assert.NotNull(Check(Draft(), Leader).Whistle);
        Assert.Equal(RefusalKind.Forbidden, Check(Draft(at: InT02, township: "T02")).Refusal?.Kind);
        Assert.Equal(RefusalKind.Forbidden, Check(Draft(), Dispatcher).Refusal?.Kind);
        Assert.Equal(RefusalKind.Forbidden, Check(Draft(), ScjgDesk).Refusal?.Kind);
    }

    [Fact]
    public void A_whistle_raised_from_an_incident_needs_an_open_incident_of_the_same_township_and_may_take_its_place()
    {
        var incident = new IncidentRecord
        {
            Id = "Z1-20261130-0001", Category = "food-safety", Description = "x", Location = InT01, TownshipId = "T01", ZoneId = "Z1",
            DepartmentId = "scjg", ReportedBy = "grid", Status = IncidentStatus.Dispatched,
        };
        var bridged = Check(Draft(incidentId: incident.Id) with { Lat = null, Lon = null }, incident: incident).Whistle!;
        Assert.Equal((incident.Id, InT01), (bridged.IncidentId, bridged.Location));

        Assert.Contains("incidentId", Check(Draft(incidentId: "Z1-20261130-0099")).Errors!.Keys);                                   // not found (or not visible)
        Assert.Contains("incidentId", Check(Draft(incidentId: incident.Id), incident: incident with { Status = IncidentStatus.Closed }).Errors!.Keys);
        Assert.Contains("incidentId", Check(Draft(incidentId: incident.Id), incident: incident with { TownshipId = "T02", Location = InT02 }).Errors!.Keys);
    }
}
