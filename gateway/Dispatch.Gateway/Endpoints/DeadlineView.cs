using System.Text.Json;
using Dispatch.Domain.Incidents;
using Dispatch.Live;

namespace Dispatch.Gateway.Endpoints;

public sealed record DeadlineView(DeadlineKind Kind, DateTimeOffset Due, bool Missed, bool Met);
