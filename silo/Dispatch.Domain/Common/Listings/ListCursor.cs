using System.Text;

namespace Dispatch.Domain.Common.Listings;

/// <summary>
/// The opaque cursor of a paged list: the member of the last item a page covered, base64url-encoded. The next page
/// starts strictly below it. Opaque so that clients follow it rather than build it.
/// </summary>
public static class ListCursor
{
    const int MaxLength = 200;

    public static string Encode(string member) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(member)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The member, or null when the text is not a cursor this system issued.</summary>
    public static string? Decode(string? cursor)
    {
        if (cursor is not { Length: > 0 and <= MaxLength }) return null;
        var b64 = cursor.Replace('-', '+').Replace('_', '/');
        b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
        try
        {
            var member = Encoding.UTF8.GetString(Convert.FromBase64String(b64));
            var bar = member.IndexOf('|');
            return bar == 13 && member[..13].All(char.IsAsciiDigit) && member.Length > 14 ? member : null;
        }
        catch (FormatException) { return null; }
    }
}
