using System.Collections;
using System.Reflection;
using System.Text.Json;
using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.Hotline;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Open311;
using Dispatch.Domain.Whistles;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Incidents;
using Dispatch.Grains.Incidents;

namespace Dispatch.Grains.Tests;

/// <summary>
/// Every domain type a grain takes, returns or stores survives the Orleans serializer unchanged. The types are found
/// by walking the grain interfaces and the grains' state, so a new feature's records are checked without an edit here
/// (and this test asks for a sample of each).
/// </summary>
[Collection(ClusterCollection.Name)]
public class DomainSerializationTests(ClusterFixture fixture)
{
    static readonly DateTimeOffset At = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);
    static readonly Actor Dispatcher = new(new Scope(Role.ZoneDispatcher, "d3", ["Z3"]), "片区值班员");

    [Fact]
    public void Every_domain_type_grains_exchange_or_store_round_trips_through_the_orleans_serializer()
    {
        var serializer = fixture.Cluster.Client.ServiceProvider.GetRequiredService<Serializer>();
        var samples = Samples().ToDictionary(s => s.GetType());
        var exchanged = ExchangedDomainTypes();

        Assert.Empty(exchanged.Where(t => !samples.ContainsKey(t)).Select(t => t.Name));
        foreach (var sample in samples.Values)
        {
            var copy = serializer.Deserialize<object>(serializer.SerializeToArray<object>(sample));
            Assert.IsType(sample.GetType(), copy);
            Assert.Equal(JsonSerializer.Serialize(sample, sample.GetType()), JsonSerializer.Serialize(copy, sample.GetType()));
        }
    }

    [Fact]
    public void Every_non_enum_type_of_the_domain_assembly_is_registered()
    {
        var types = DomainSerialization.DomainAssembly.GetExportedTypes();
        Assert.All(types.Where(t => !t.IsEnum), t => Assert.True(DomainSerialization.Covers(t), t.Name));
        Assert.Contains(types, t => t.Namespace == "Dispatch.Domain.County"); // namespaces need no list
    }

    /// <summary>A representative value of each exchanged type: an incident of the demo county taken through the rules.</summary>
    static IEnumerable<object> Samples()
    {
        var county = ClusterFixture.County;
        var category = county.Category("street-vending")!;
        var settings = county.Data.Incidents;
        var where = county.TownshipShape("T09").Centroid;
        var officer = county.OfficersInZone("Z3").First(o => o.DepartmentId == category.DepartmentId);
        var officerActor = new Actor(new Scope(Role.Officer, officer.Code, [officer.ZoneId!], officer.TownshipId, officer.DepartmentId, officer.Id), officer.Name);
        var report = new NewIncident(category.Id, "占道经营", Priority.High, where, "T09", null, IncidentSource.Hotline, Priority.Urgent, IncidentSource.Whistle, false);

        var r = IncidentReport.Open(report, "Z3-20250314-0001", "Z3", category, settings, Dispatcher, At);
        var evidence = new EvidenceRef("e1", "image/jpeg", 1234, officer.Code, At.AddMinutes(20));
        r = r with { Evidence = [evidence], HotlineTickets = ["ZJ12345-1"], HandleLimit = HotlineDeadlineClass.LimitOf("24h") };
        r = Apply(r, IncidentAction.Register, Dispatcher, new ActionInput(Priority: Priority.Urgent), 1);
        r = Apply(r, IncidentAction.Dispatch, Dispatcher, new ActionInput(OfficerId: officer.Id, Reason: "就近"), 2);
        r = DeadlineWatch.Record(r, DeadlineWatch.Due(r, At.AddHours(3)));
        r = Apply(r, IncidentAction.Acknowledge, officerActor, new ActionInput(Where: where), 4);
        r = Apply(r, IncidentAction.Extend, Dispatcher, new ActionInput(Reason: "等待配合", Minutes: 60), 5);
        r = Apply(r, IncidentAction.Arrive, officerActor, new ActionInput(), 6);
        var input = new ActionInput(Result: "已劝离", EvidenceIds: [evidence.Id], Comment: "现场照片");
        r = Apply(r, IncidentAction.Handle, officerActor, input, 7);
        Assert.NotEmpty(r.Escalations);

        yield return r;
        yield return report;
        yield return input;
        yield return officerActor;
        yield return officerActor.Scope;
        yield return r.Deadlines[0];
        yield return r.Escalations[0];
        yield return r.Timeline[^1];
        yield return r.Timeline[^1].Data!;
        yield return evidence;
        yield return new IntakeResult(r, Merged: true);
        yield return IncidentSummary.Of(r);
        yield return new Recommendation(officer.Id, 321.5, 90);
        yield return where;

        var ticket = HotlineTicketCheck.Of("ZJ12345-1", "占道经营", "门口摆摊", "人民路 1 号", where.Lat, where.Lon, "7d", "王女士", "13900000000", At).Ticket!;
        var delivery = HotlineDelivery.Start(HotlineResult.Of(ticket.TicketId, r), At).Failed("HTTP 500", At, new DeliveryBackoff());
        yield return ticket;
        yield return ticket.Contact!;
        yield return delivery;
        yield return delivery.Payload;
        yield return r.HandleLimit!;
        yield return new TriageItem(ticket, TriageReason.NoLocation, "Z3");
        yield return new HotlineAnswer(ticket.TicketId, r.Id, "handled", Triage: false);
        yield return new Open311Request(r.Id, category.Id, "门口摆摊", where.Lat, where.Lon, "人民路 1 号", "https://example.org/a.jpg", At);
        foreach (var sample in WhistleSamples()) yield return sample;
        // The enterprise directory: a generated enterprise with peak hours, and an import's count.
        var enterprise = Dispatch.Domain.Inspections.Enterprises.DemoEnterprises.Generate(county).First(e => e.PeakHours.Spans.Count > 0);
        yield return enterprise;
        yield return enterprise.PeakHours;
        yield return enterprise.PeakHours.Spans[0];
        yield return new Dispatch.Domain.Inspections.Enterprises.ImportCount(3, 1);
        foreach (var sample in InspectionSamples.All()) yield return sample;
    }

    /// <summary>A whistle of T09 taken through its whole course, late on the way, so every part of its record is filled.</summary>
    static IEnumerable<object> WhistleSamples()
    {
        var county = ClusterFixture.County;
        var staff = new Actor(new Scope(Role.TownshipStaff, "t09", [], TownshipId: "T09", Approver: true), "乡镇主要领导");
        var officer = county.OfficersInZone("Z3").First(o => o.DepartmentId == "zrzy");
        var officerActor = new Actor(new Scope(Role.Officer, officer.Code, [officer.ZoneId!], officer.TownshipId, officer.DepartmentId, officer.Id), officer.Name);
        var desk = new Actor(new Scope(Role.DepartmentDesk, "desk-zrzy", [], DepartmentId: "zrzy"), "自然资源值班");
        var filed = new NewWhistle("非法采矿", "需联合处置", WhistleUrgency.Normal, "T09", "Z3", county.TownshipShape("T09").Centroid,
            [new WhistlePart("zrzy", PartRole.Lead, "测绘设备")], "Z3-20250314-0001");
        WhistleRecord Must(WhistleRecord w, WhistleAction action, Actor who, WhistleInput input, int minutes) =>
            WhistleRules.Apply(w, action, who, input, At.AddMinutes(minutes), county.Officer, county.Data.Whistles).Record
            ?? throw new InvalidOperationException($"{action} refused");
        var w = Must(WhistleRules.File("W-Z3-20250314-0001", filed, staff, At, county.Data.Whistles), WhistleAction.Approve, staff, new(), 1);
        var late = At.AddDays(1);
        w = WhistleWatch.Record(w, WhistleWatch.Due(w, late, county.Data.Whistles), late);
        w = Must(w, WhistleAction.Assign, desk, new("zrzy", [officer.Id]), 60 * 25);
        w = Must(w, WhistleAction.Arrive, officerActor, new(), 60 * 26);
        w = Must(w, WhistleAction.Handle, desk, new("zrzy", Result: "已责令停止开采"), 60 * 27);
        w = Must(w, WhistleAction.Close, staff, new(), 60 * 28);
        var rating = new WhistleInput(Ratings: [new PartRatingInput("zrzy", 4, 5, 3)]);
        w = Must(w, WhistleAction.Rate, staff, rating, 60 * 29);
        Assert.NotEmpty(w.Departments[0].Missed);

        yield return w;
        yield return filed;
        yield return rating;
        yield return w.Departments[0];
        yield return w.Departments[0].Rating!;
        yield return w.Departments[0].Missed[0];
        yield return w.Timeline[^1];
        yield return w.Timeline[^1].Data!;
        yield return rating.Ratings![0];
    }

    static IncidentRecord Apply(IncidentRecord r, IncidentAction action, Actor who, ActionInput input, int minutes)
    {
        var context = new ActionContext(input.OfficerId is { } id ? ClusterFixture.County.Officer(id) : null,
            ClusterFixture.County.Category(r.Category), ClusterFixture.County.Data.Incidents);
        var outcome = IncidentRules.Apply(r, action, who, input, At.AddMinutes(minutes), context);
        return outcome.Record ?? throw new InvalidOperationException(outcome.Refusal!.Message);
    }

    /// <summary>Domain types reachable from grain method signatures and grain state, through their public properties.</summary>
    static HashSet<Type> ExchangedDomainTypes()
    {
        var grainInterfaces = typeof(IIncidentGrain).Assembly.GetExportedTypes().Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t));
        var roots = grainInterfaces.SelectMany(i => i.GetMethods()).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
            .Concat(typeof(IncidentGrain).Assembly.GetTypes().Where(t => t.GetCustomAttribute<GenerateSerializerAttribute>() is not null));
        var found = new HashSet<Type>();
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var t))
        {
            if (!seen.Add(t)) continue;
            foreach (var arg in t.IsGenericType ? t.GetGenericArguments() : []) queue.Enqueue(arg);
            if (t.IsArray) queue.Enqueue(t.GetElementType()!);
            if (t.Assembly != DomainSerialization.DomainAssembly && t.GetCustomAttribute<GenerateSerializerAttribute>() is null) continue;
            if (DomainSerialization.Covers(t) && !typeof(IEnumerable).IsAssignableFrom(t)) found.Add(t);
            foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance)) queue.Enqueue(p.PropertyType);
        }
        return found;
    }
}
