using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;
using Dispatch.Grains.Contracts.Common;

namespace Dispatch.Grains;

public static class Refusals
{
    /// <summary>The exception a grain throws for a rule's refusal, so the gateway answers 400, 403 or 409.</summary>
    public static Exception ToException(this Refusal refusal) => refusal.Kind switch
    {
        RefusalKind.Invalid => new InvalidRequestException(refusal.Message),
        RefusalKind.Forbidden => new ForbiddenException(refusal.Message),
        _ => new RuleRefusedException(refusal.Message),
    };
}
