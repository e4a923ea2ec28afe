using Dispatch.Domain.Whistles;

namespace Dispatch.Grains.Whistles;

/// <summary>Grain state of one whistle: the domain record, stored as JSON (see DomainSerialization).</summary>
[GenerateSerializer]
public sealed class WhistleHolder
{
    [Id(0)] public WhistleRecord? Record { get; set; }
}
