using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Domain.Inspections.Execution;

/// <summary>A department's plan for a year as the joint meeting holds it, with who filed it last and when.</summary>
public sealed record FiledPlan(InspectionPlan Plan, string FiledBy, DateTimeOffset FiledAt)
{
    /// <summary>Files <paramref name="incoming"/> over this plan: its quarters replace the same quarters here, others stay.</summary>
    public static FiledPlan Merge(FiledPlan? earlier, InspectionPlan incoming, string by, DateTimeOffset at)
    {
        var periods = incoming.Items.Select(i => i.Period).ToHashSet(StringComparer.Ordinal);
        var kept = earlier?.Plan.Items.Where(i => !periods.Contains(i.Period)) ?? [];
        return new FiledPlan(incoming with { Items = [.. kept, .. incoming.Items] }, by, at);
    }
}
