using Dispatch.Domain.Geo;
using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Domain.Inspections;

/// <summary>One entry of the object directory (监管对象名录), keyed by its unified social credit code.</summary>
public sealed record EnterpriseRecord(
    string CreditCode,
    string Name,
    string Industry,
    string TownshipId,
    GeoPoint Location,
    RiskLevel RiskLevel,
    CreditGrade CreditGrade,
    bool KeyList,
    PeakHours PeakHours);
