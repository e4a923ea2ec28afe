namespace Dispatch.Grains.Contracts.Officers;

/// <summary>Who speaks for the officer: the real field device, or the demo simulator (which yields to a live device).</summary>
[GenerateSerializer]
public enum ReportSource
{
    Device,
    Simulator,
}
