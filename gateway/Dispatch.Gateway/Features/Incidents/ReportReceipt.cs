using Dispatch.Domain.Incidents;

namespace Dispatch.Gateway.Features.Incidents;

/// <summary>
/// The answer to a report merged into an incident the reporter may not see: that it was received and which case it
/// joined, nothing of the case itself (another reporter's words, the officer, the result, the photos).
/// </summary>
public sealed record ReportReceipt(string Id, bool Merged, string Category, string? CategoryName)
{
    public static ReportReceipt Of(IncidentRecord r, string? categoryName) => new(r.Id, true, r.Category, categoryName);
}
