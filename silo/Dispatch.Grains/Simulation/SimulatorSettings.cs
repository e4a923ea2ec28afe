namespace Dispatch.Grains.Simulation;

public sealed class SimulatorSettings
{
    public bool Enabled { get; set; }
    /// <summary>Each simulated officer reports this often.</summary>
    public TimeSpan ReportEvery { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Share of officers on duty when the demo starts.</summary>
    public double OnDutyShare { get; set; } = 0.8;
    /// <summary>Chance per report that an officer goes on or off duty, so the demo shows status changes.</summary>
    public double DutyToggleChance { get; set; } = 0.004;
}
