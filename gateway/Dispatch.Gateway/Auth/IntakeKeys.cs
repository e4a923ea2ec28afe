using System.Security.Cryptography;
using System.Text;

namespace Dispatch.Gateway.Auth;

/// <summary>
/// The API keys of the systems that file reports from outside: the 12345 hotline (<c>Dispatch:Hotline:ApiKeys</c>,
/// header <c>X-Api-Key</c>) and Open311 clients (<c>Dispatch:Open311:ApiKeys</c>, field <c>api_key</c>). Embedded mode
/// with no keys configured accepts the demo keys, so the demo works out of the box; a cluster accepts only configured
/// keys (none configured: every call is refused).
/// </summary>
public sealed class IntakeKeys(IReadOnlyList<string> hotline, IReadOnlyList<string> open311)
{
    public const string DemoHotlineKey = "demo-hotline-key", DemoOpen311Key = "demo-open311-key";

    public static IntakeKeys From(IConfiguration config, bool embedded)
    {
        IReadOnlyList<string> Keys(string section, string demo)
        {
            var configured = config.GetSection(section).Get<string[]>()?.Where(k => !string.IsNullOrWhiteSpace(k)).ToArray() ?? [];
            return configured.Length > 0 ? configured : embedded ? [demo] : [];
        }
        return new(Keys("Dispatch:Hotline:ApiKeys", DemoHotlineKey), Keys("Dispatch:Open311:ApiKeys", DemoOpen311Key));
    }

    public bool Hotline(string? given) => Accepts(hotline, given);
    public bool Open311(string? given) => Accepts(open311, given);

    // Compared in constant time, so response timing does not reveal how much of a key was right.
    static bool Accepts(IReadOnlyList<string> keys, string? given)
    {
        if (string.IsNullOrEmpty(given)) return false;
        var bytes = Encoding.UTF8.GetBytes(given);
        var any = false;
        foreach (var key in keys) any |= CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), bytes);
        return any;
    }
}
