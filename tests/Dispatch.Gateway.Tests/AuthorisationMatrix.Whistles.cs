namespace Dispatch.Gateway.Tests;

public static partial class AuthorisationMatrix
{
    /// <summary>Rows of /api/whistles and /api/scorecards.</summary>
    static IReadOnlyList<Rule> WhistleRows() =>
    [
    ];
}
