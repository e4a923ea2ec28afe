using Microsoft.OpenApi;

namespace Dispatch.Gateway.Hosting;

public static class OpenApiSetup
{
    const string HubContract =
        "Hubs (SignalR, JSON protocol, token as `access_token` query parameter): " +
        "`/hubs/field` (role officer): `ReportPosition({lat,lon,accuracy,deviceTime})` → `{accepted,outcome}`, `SetOnDuty(bool)` → status. " +
        "`/hubs/console` (countyCommander, zoneDispatcher, departmentDesk, townshipStaff, auditor): receives " +
        "`officersMoved([{officerId,lat,lon,status,time}])` batches and `officerStatusChanged({officerId,status,time})`.";

    public static IServiceCollection AddDispatchOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info = new OpenApiInfo { Title = "Dispatch 综合执法指挥调度 API", Version = "v1", Description = HubContract };
            return Task.CompletedTask;
        }));
}
