using Dispatch.Domain.Common;
using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>An out-of-plan check as filed (POST/GET /api/inspections/adhoc).</summary>
public sealed record AdhocView(string Id, string DepartmentId, string EnterpriseId, string EnterpriseName, string ItemCode, string PlannedDate,
    string? Exemption, string Status, string? Reason, string? RunId, string FiledBy, DateTimeOffset FiledAt)
{
    public static AdhocView Of(AdhocFiling f) => new(f.Id, f.DepartmentId, f.CreditCode, f.EnterpriseName, f.ItemCode,
        f.PlannedDate.ToString("yyyy-MM-dd"), f.Exemption is { } e ? WireNames.Of(e) : null, WireNames.Of(f.Status), f.Reason, f.RunId, f.FiledBy, f.FiledAt);
}
