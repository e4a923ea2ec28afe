using Dispatch.Domain.Inspections.Directory;

namespace Dispatch.Grains.Inspections;

[GenerateSerializer]
public sealed class InspectorDirectoryState
{
    /// <summary>Keyed by certificate number.</summary>
    [Id(0)] public Dictionary<string, InspectorRecord> Inspectors { get; set; } = [];
}
