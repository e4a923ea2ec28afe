using System.Reflection;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Incidents;

namespace Dispatch.Grains.Tests;

/// <summary>
/// Grain state is stored with the Orleans serializer, which writes the full name of every domain type it hands to the
/// JSON codec (<see cref="DomainSerialization"/>): a domain record held directly in a state field is stored as, say,
/// <c>Dispatch.Domain.Incidents.IncidentRecord,Dispatch.Domain</c>. Moving such a type to another namespace would leave
/// the state written before unreadable, so the names are pinned here. (Types nested inside a record travel as plain JSON
/// and may move freely; Orleans types of our own are written by their [Id]s and need no name.)
/// </summary>
public class StoredTypeNamesTests
{
    static readonly string[] Stored =
    [
        "Dispatch.Domain.Hotline.HotlineDelivery",
        "Dispatch.Domain.Hotline.HotlineTicket",
        "Dispatch.Domain.Hotline.TriageItem",
        "Dispatch.Domain.Hotline.TriageReason",
        "Dispatch.Domain.Incidents.IncidentRecord",
        "Dispatch.Domain.Incidents.IncidentSummary",
        "Dispatch.Domain.Inspections.Directory.InspectorRecord",
        "Dispatch.Domain.Inspections.EnterpriseRecord",
        "Dispatch.Domain.Inspections.Execution.AdhocFiling",
        "Dispatch.Domain.Inspections.Execution.FiledPlan",
        "Dispatch.Domain.Inspections.Execution.InspectionTask",
        "Dispatch.Domain.Inspections.Execution.KeptDraw",
        "Dispatch.Domain.Inspections.Execution.PlannerRunRecord",
        "Dispatch.Domain.Officers.OfficerStatus",
        "Dispatch.Domain.Open311.Open311Request",
        "Dispatch.Domain.Whistles.WhistleRecord",
    ];

    [Fact]
    public void Domain_types_held_in_grain_state_keep_the_names_their_stored_state_was_written_with()
    {
        var states = typeof(IncidentGrain).Assembly.GetTypes().Where(t => t.GetCustomAttribute<GenerateSerializerAttribute>() is not null);
        var named = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(states);
        while (queue.TryDequeue(out var t))
        {
            if (!seen.Add(t)) continue;
            foreach (var arg in t.IsGenericType ? t.GetGenericArguments() : []) queue.Enqueue(arg);
            if (t.IsArray) queue.Enqueue(t.GetElementType()!);
            if (t.Assembly == DomainSerialization.DomainAssembly) named.Add(t.FullName!);
            else if (t.GetCustomAttribute<GenerateSerializerAttribute>() is not null)
                foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<IdAttribute>() is not null))
                    queue.Enqueue(p.PropertyType);
        }

        Assert.Equal(Stored, named);
    }
}
