namespace Dispatch.Gateway.Tests;

public static partial class AuthorisationMatrix
{
    /// <summary>Rows of the external intake routes: /api/intake/hotline and /open311/v2.</summary>
    static IReadOnlyList<Rule> IntakeRows() =>
    [
    ];
}
