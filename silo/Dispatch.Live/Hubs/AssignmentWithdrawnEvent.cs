namespace Dispatch.Live;

public sealed record AssignmentWithdrawnEvent(string IncidentId, string Reason);
