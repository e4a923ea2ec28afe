namespace Dispatch.Domain.Inspections;

public enum RiskLevel
{
    Low,
    Medium,
    High,
}
