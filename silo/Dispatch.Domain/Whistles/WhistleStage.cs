namespace Dispatch.Domain.Whistles;

/// <summary>The two time limits a summoned department must meet: report (officers named) and arrive (on scene).</summary>
public enum WhistleStage
{
    Report,
    Arrive,
}
