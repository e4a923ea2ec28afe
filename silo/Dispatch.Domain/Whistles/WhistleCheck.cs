using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Whistles;

/// <summary>What <see cref="WhistleIntake.Check"/> decided: a whistle to file, field errors (400), or a refusal (403).</summary>
public sealed record WhistleCheck(NewWhistle? Whistle, IReadOnlyDictionary<string, string[]>? Errors, Refusal? Refusal)
{
    public static WhistleCheck Ok(NewWhistle w) => new(w, null, null);
    public static WhistleCheck Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors, null);
    public static WhistleCheck Refused(string message) => new(null, null, new Refusal(RefusalKind.Forbidden, message));
}
