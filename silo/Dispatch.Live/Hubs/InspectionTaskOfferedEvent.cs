namespace Dispatch.Live;

/// <summary>inspectionTaskOffered on /hubs/field: a joint visit this inspector was drawn for (public contract).</summary>
public sealed record InspectionTaskOfferedEvent(string TaskId, string EnterpriseName, string PlannedDate, IReadOnlyList<InspectionItemDto> Items, string? Code);

/// <summary>An item of a visit as devices and consoles show it: its code, its name in Chinese, and whose it is.</summary>
public sealed record InspectionItemDto(string ItemCode, string Name, string DepartmentId);
