using System.Reflection;
using System.Text.Json;
using Dispatch.Domain.Incidents;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Dispatch.Grains.Contracts.Common;

/// <summary>
/// Domain records (incidents, their timeline, actors) cross grain calls and go to grain storage as JSON, so the
/// domain stays free of Orleans attributes. Every type of the domain assembly is registered (enums travel as
/// themselves), so a new feature's namespace needs no edit here. Silos and clients must both register this.
/// The JSON codec writes each value's full type name, so a domain type held directly in grain state keeps its namespace
/// when its file moves (StoredTypeNamesTests lists them).
/// </summary>
public static class DomainSerialization
{
    public static readonly Assembly DomainAssembly = typeof(IncidentRecord).Assembly;

    public static bool Covers(Type t) => t.Assembly == DomainAssembly && !t.IsEnum;

    public static IServiceCollection AddDomainSerialization(this IServiceCollection services) =>
        services.AddSerializer(s => s.AddJsonSerializer(
            isSupported: Covers,
            jsonSerializerOptions: new JsonSerializerOptions(JsonSerializerDefaults.General)));
}
