using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Dispatch.Grains.Contracts;

/// <summary>
/// Domain records (incidents, their timeline, actors) cross grain calls and go to grain storage as JSON, so the
/// domain stays free of Orleans attributes. Silos and clients must both register this.
/// </summary>
public static class DomainSerialization
{
    static readonly string[] Namespaces = ["Dispatch.Domain.Incidents", "Dispatch.Domain.Access", "Dispatch.Domain.Geo"];

    public static IServiceCollection AddDomainSerialization(this IServiceCollection services) =>
        services.AddSerializer(s => s.AddJsonSerializer(
            isSupported: t => t.Namespace is { } ns && Namespaces.Contains(ns) && !t.IsEnum,
            jsonSerializerOptions: new JsonSerializerOptions(JsonSerializerDefaults.General)));
}
