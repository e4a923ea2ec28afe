using System.Reflection;
using Microsoft.OpenApi;

namespace Dispatch.Gateway.Hosting;

public static class OpenApiSetup
{
    const string HubContract =
        "Hubs (SignalR, JSON protocol, token as `access_token` query parameter): " +
        "`/hubs/field` (role officer): `ReportPosition({lat,lon,accuracy,deviceTime})` → `{accepted,outcome}`, `SetOnDuty(bool)` → status. " +
        "`/hubs/console` (countyCommander, zoneDispatcher, departmentDesk, townshipStaff, auditor): receives " +
        "`officersMoved([{officerId,lat,lon,status,time}])` batches and `officerStatusChanged({officerId,status,time})`.";

    /// <summary>
    /// True while the build's dotnet-getdocument runs this program to write the OpenAPI document: it builds the app and
    /// starts the host, so the backend must not start a silo (ports, the simulator) or connect to Redis then.
    /// </summary>
    public static bool WritingDocument { get; } = Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";

    public static IServiceCollection AddDispatchOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info = new OpenApiInfo { Title = "Dispatch 综合执法指挥调度 API", Version = "v1", Description = HubContract };
            if (doc.Components?.Schemas is { } schemas)
                foreach (var (name, schema) in schemas)
                    if (!name.Contains("ProblemDetails") && name != "IFormFile") WireShapes(schema, component: true);
            return Task.CompletedTask;
        }));

    /// <summary>
    /// Says what the server writes, so generated clients get exact types: every property is always written (absent values
    /// as null), numbers are written as JSON numbers (reading one from a string is only a leniency of the server), and enums
    /// are strings (camelCase names; the schema generator leaves out the type, and may leak a property's null or default
    /// into the shared enum schema).
    /// </summary>
    static void WireShapes(IOpenApiSchema s, bool component)
    {
        if (s is not OpenApiSchema schema) return; // a reference: its component is visited on its own
        if (schema.Enum is { Count: > 0 } values && values.All(v => v is null || v.GetValueKind() == System.Text.Json.JsonValueKind.String))
        {
            if (component)
            {
                schema.Enum = values.Where(v => v is not null).ToList();
                schema.Default = null;
            }
            schema.Type = (schema.Type ?? 0) | JsonSchemaType.String;
            if (!component && values.Any(v => v is null)) schema.Type |= JsonSchemaType.Null;
        }
        if (schema.Type is { } t && (t.HasFlag(JsonSchemaType.Integer) || t.HasFlag(JsonSchemaType.Number)) && t.HasFlag(JsonSchemaType.String))
        {
            schema.Type = t & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        if (schema.Properties is { Count: > 0 } properties)
        {
            schema.Required ??= new HashSet<string>();
            foreach (var (name, property) in properties)
            {
                schema.Required.Add(name);
                WireShapes(property, component: false);
            }
        }
        if (schema.Items is { } items) WireShapes(items, component: false);
        foreach (var part in (schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.AllOf ?? [])) WireShapes(part, component: false);
        if (schema.AdditionalProperties is { } extra) WireShapes(extra, component: false);
    }
}
