using Dispatch.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Dispatch.Grains.Contracts.Officers;

namespace Dispatch.Live;

/// <summary>Officers' field devices. An officer only ever speaks for itself: the officer id comes from the token.</summary>
[Authorize(Policy = Policies.FieldDevice)]
public sealed class FieldHub(IGrainFactory grains) : Hub
{
    public static string OfficerGroup(string officerId) => "officer:" + officerId;

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, OfficerGroup(OfficerId));
        await base.OnConnectedAsync();
    }

    public async Task<PositionReportResult> ReportPosition(PositionReportRequest report)
    {
        if (report is null) throw new HubException("缺少定位数据");
        if (report.Lat is not { } lat || report.Lon is not { } lon) throw new HubException("缺少 lat 或 lon");
        if (report.DeviceTime is not { } deviceTime) throw new HubException("缺少 deviceTime（设备定位时间）");
        var result = await Officer.ReportPosition(new PositionReport(lat, lon, report.Accuracy, deviceTime), ReportSource.Device);
        return new PositionReportResult(result.Accepted, WireNames.Of(result.Outcome));
    }

    public async Task<string> SetOnDuty(bool onDuty) =>
        WireNames.Of(await Officer.SetOnDuty(onDuty, ReportSource.Device));

    string OfficerId => Context.User?.FindFirst(DispatchClaims.Officer)?.Value ?? throw new HubException("无权访问");

    IOfficerGrain Officer => grains.GetGrain<IOfficerGrain>(OfficerId);
}
