using System.Text.Json;

namespace Dispatch.Gateway.Features.Open311;

/// <summary>
/// A GeoReport v2 POST as sent: form-encoded (the standard) or JSON, fields by their GeoReport names. Every field is
/// read as text, so a number sent as a string and one sent as a number are the same request.
/// </summary>
public sealed record Open311Form(string? ServiceCode, string? Lat, string? Long, string? Description, string? ApiKey, string? AddressString, string? MediaUrl)
{
    /// <returns>null when the body is neither a form nor a JSON object</returns>
    public static async Task<Open311Form?> Read(HttpRequest request)
    {
        Func<string, string?> field;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            field = name => form.TryGetValue(name, out var v) ? v.ToString() : null;
        }
        else
        {
            try
            {
                using var doc = await JsonDocument.ParseAsync(request.Body);
                if (doc.RootElement.ValueKind != JsonValueKind.Object) return null;
                var values = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name,
                    p => p.Value.ValueKind switch { JsonValueKind.String => p.Value.GetString(), JsonValueKind.Null => null, _ => p.Value.GetRawText() });
                field = name => values.GetValueOrDefault(name);
            }
            catch (JsonException) { return null; }
        }
        return new(field("service_code"), field("lat"), field("long"), field("description"),
            field("api_key") ?? request.Query["api_key"].FirstOrDefault(), field("address_string"), field("media_url"));
    }
}
