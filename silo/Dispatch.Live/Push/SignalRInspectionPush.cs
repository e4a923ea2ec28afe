using Dispatch.Domain.County;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Grains.Contracts.Push;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Live;

/// <summary>Drawn joint visits to the devices of the inspectors drawn for them.</summary>
public sealed class SignalRInspectionPush(IHubContext<FieldHub> field, CountyDirectory county) : IInspectionPush
{
    public Task TaskOffered(string officerId, InspectionTask task) =>
        field.Clients.Group(FieldHub.OfficerGroup(officerId)).SendAsync(HubEvents.InspectionTaskOffered, new InspectionTaskOfferedEvent(
            task.Id, task.EnterpriseName, task.PlannedDate.ToString("yyyy-MM-dd"), ItemsOf(task, county), task.Code));

    public static IReadOnlyList<InspectionItemDto> ItemsOf(InspectionTask task, CountyDirectory county) =>
        task.Departments.SelectMany(d => d.ItemCodes.Select(code =>
            new InspectionItemDto(code, county.InspectionCatalogue.Item(code)?.Name ?? code, d.DepartmentId))).ToList();
}
