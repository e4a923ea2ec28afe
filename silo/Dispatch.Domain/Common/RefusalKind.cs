namespace Dispatch.Domain.Common;

public enum RefusalKind
{
    /// <summary>The input is malformed or incomplete (400).</summary>
    Invalid,
    /// <summary>The caller's role or relation to the incident does not allow it (403).</summary>
    Forbidden,
    /// <summary>The incident's current state does not allow it (409).</summary>
    Conflict,
}
