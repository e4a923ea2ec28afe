namespace Dispatch.Domain.Hotline;

/// <summary>Why a ticket waits for a command centre instead of becoming an incident by itself.</summary>
public enum TriageReason
{
    /// <summary>The category text maps to no category of the catalogue.</summary>
    UnmappedCategory,
    /// <summary>Only an address came: a dispatcher places it on the map (the system does not geocode).</summary>
    NoLocation,
}
