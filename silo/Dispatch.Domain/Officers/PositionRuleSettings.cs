namespace Dispatch.Domain.Officers;

public sealed record PositionRuleSettings
{
    /// <summary>A device clock may run ahead a little; more than this is refused.</summary>
    public TimeSpan MaxClockSkew { get; init; } = TimeSpan.FromMinutes(2);
    /// <summary>Older fixes are refused: a device flushing a day-old buffer must not move a live marker.</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromHours(1);
    /// <summary>About 250 km/h: faster than any officer travels, so the fix is a GPS jump.</summary>
    public double MaxSpeedMetersPerSecond { get; init; } = 70;
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromSeconds(1);
    public double MaxAccuracyMeters { get; init; } = 10_000;
}
