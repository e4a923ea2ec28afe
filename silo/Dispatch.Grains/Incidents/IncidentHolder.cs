using Dispatch.Domain.Incidents;

namespace Dispatch.Grains.Incidents;

[GenerateSerializer]
public sealed class IncidentHolder
{
    [Id(0)] public IncidentRecord? Record { get; set; }
}
