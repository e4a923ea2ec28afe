using Dispatch.Domain.Hotline;

namespace Dispatch.Grains.Contracts.Hotline;

/// <summary>The answer to a submitted ticket, and whether the ticket had been received before (a repeat: 200).</summary>
[GenerateSerializer]
public sealed record HotlineSubmission([property: Id(0)] HotlineAnswer Answer, [property: Id(1)] bool Repeat);
