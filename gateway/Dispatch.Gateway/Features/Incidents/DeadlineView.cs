using Dispatch.Domain.Incidents;

namespace Dispatch.Gateway.Features.Incidents;

public sealed record DeadlineView(DeadlineKind Kind, DateTimeOffset Due, bool Missed, bool Met);
