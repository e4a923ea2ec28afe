namespace Dispatch.Domain.Inspections;

/// <summary>Which level of government ran a check; a higher level this year excludes the county's own check of that item (DOMAIN.md §4 rule 4).</summary>
public enum InspectionLevel
{
    County,
    City,
    Province,
}
