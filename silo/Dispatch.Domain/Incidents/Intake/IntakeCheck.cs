namespace Dispatch.Domain.Incidents.Intake;

/// <summary>
/// What intake made of a draft: the report to file, or field errors (400), or a refusal because the place lies
/// outside the reporter's area (403). Exactly one of the three is set.
/// </summary>
public sealed record IntakeCheck(NewIncident? Report, IReadOnlyDictionary<string, string[]> Errors, string? Forbidden)
{
    public static IntakeCheck Ok(NewIncident report) => new(report, new Dictionary<string, string[]>(), null);
    public static IntakeCheck Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors, null);
    public static IntakeCheck Refused(string why) => new(null, new Dictionary<string, string[]>(), why);
}
