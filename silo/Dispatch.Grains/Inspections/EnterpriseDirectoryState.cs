using Dispatch.Domain.Inspections;

namespace Dispatch.Grains.Inspections;

[GenerateSerializer]
public sealed class EnterpriseDirectoryState
{
    [Id(0)] public Dictionary<string, EnterpriseRecord> Enterprises { get; set; } = [];
    /// <summary>Whether the demo county's enterprises were put in (once, on first activation).</summary>
    [Id(1)] public bool Seeded { get; set; }
}
