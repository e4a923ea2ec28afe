using Dispatch.Domain.Open311;

namespace Dispatch.Grains.Open311;

[GenerateSerializer]
public sealed class Open311RequestHolder
{
    [Id(0)] public Open311Request? Request { get; set; }
}
