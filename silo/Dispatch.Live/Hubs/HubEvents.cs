namespace Dispatch.Live;

/// <summary>Event and argument shapes on the hubs: public contract, field devices are built against these names.</summary>
public static class HubEvents
{
    public const string OfficersMoved = "officersMoved";
    public const string OfficerStatusChanged = "officerStatusChanged";
    public const string IncidentChanged = "incidentChanged";
    public const string IncidentEscalated = "incidentEscalated";
    public const string AssignmentOffered = "assignmentOffered";
    public const string AssignmentWithdrawn = "assignmentWithdrawn";
    public const string IncidentAwaitingOfficer = "incidentAwaitingOfficer";
    public const string WhistleChanged = "whistleChanged";
    public const string WhistleTaskOffered = "whistleTaskOffered";
    public const string InspectionTaskOffered = "inspectionTaskOffered";
}
