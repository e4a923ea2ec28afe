
namespace Dispatch.Domain.Inspections.Execution;

/// <summary>An inspector who must step aside (回避) from one enterprise: applied to the pool before the draw.</summary>
public sealed record Recusal(string OfficerId, string CreditCode);
