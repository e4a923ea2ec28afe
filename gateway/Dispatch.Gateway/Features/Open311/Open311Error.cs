using System.Text.Json.Serialization;

namespace Dispatch.Gateway.Features.Open311;

/// <summary>
/// A GeoReport v2 error. The /open311 routes answer errors as <c>[{"code","description"}]</c> (with the same HTTP
/// status), not problem details: Open311 clients are written against the standard and parse that shape.
/// </summary>
public sealed record Open311Error(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("description")] string Description)
{
    public static IResult Answer(int status, string description) => Results.Json(new[] { new Open311Error(status, description) }, statusCode: status);
}
