namespace Dispatch.Domain.Incidents;

/// <summary>
/// An incident's <see cref="IncidentRecord.UpdatedAt"/> is its version for the desk and the query model (an older
/// version never replaces a newer one), so every change must move it forward. The rules stamp it from the clock or,
/// for evidence, from the moment the gateway received the photo, which may be earlier than the change before it (an
/// action landed between the upload and its record) or than another silo's clock: a change is never older than the
/// record it changes, by at least one tick.
/// </summary>
public static class IncidentVersions
{
    public static IncidentRecord After(IncidentRecord previous, IncidentRecord next) =>
        next.UpdatedAt > previous.UpdatedAt ? next : next with { UpdatedAt = previous.UpdatedAt.AddTicks(1) };
}
