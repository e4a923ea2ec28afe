namespace Dispatch.Domain.Inspections.Execution;

/// <summary>What indicators are counted over: the whole county, one zone, or one department.</summary>
public enum IndicatorScope
{
    County,
    Zone,
    Department,
}
