
namespace Dispatch.Domain.Inspections.Planning;

/// <summary>A plan that breaks a rule: which enterprise, which rule (a short code), and why in words a clerk reads.</summary>
public sealed record PlanViolation(string CreditCode, string Rule, string Message);
