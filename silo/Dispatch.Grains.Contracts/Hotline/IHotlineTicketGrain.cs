using Dispatch.Domain.Common;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Hotline;
using Dispatch.Domain.Incidents;

namespace Dispatch.Grains.Contracts.Hotline;

/// <summary>
/// One 12345 ticket, keyed by the hotline's ticket id: files it (or queues it for triage) once, however often it is
/// sent, keeps the caller's contact, and sends the result back through the webhook when the incident ends, retrying
/// with backoff from durable state (a reminder survives restarts) until it is delivered or a dead letter.
/// </summary>
public interface IHotlineTicketGrain : IGrainWithStringKey
{
    /// <exception cref="InvalidRequestException">intake refused it (400); nothing was kept</exception>
    Task<HotlineSubmission> Submit(HotlineTicket ticket);

    /// <summary>A command centre picks the category and place of a triaged ticket; the report is the caller's.</summary>
    /// <exception cref="InvalidRequestException">unknown ticket, not in triage, or bad category/location (400)</exception>
    /// <exception cref="ForbiddenException">the place lies outside the caller's area (403)</exception>
    Task<HotlineAnswer> Place(string? categoryId, GeoPoint? at, Actor who);

    Task<TriageItem?> Triaged();

    /// <summary>One-way: the incident this ticket became has ended (closed or rejected).</summary>
    [Orleans.Concurrency.OneWay] Task IncidentEnded(IncidentRecord incident);
}
