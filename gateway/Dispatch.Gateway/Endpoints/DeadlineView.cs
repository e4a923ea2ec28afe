using Dispatch.Domain.Incidents;

namespace Dispatch.Gateway.Endpoints;

public sealed record DeadlineView(DeadlineKind Kind, DateTimeOffset Due, bool Missed, bool Met);
