using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Dispatch.Gateway.Auth;

/// <summary>
/// Seals a list's cursor before it leaves the gateway. A cursor names the last item a page covered, and a page cut by
/// the scan budget ends on an item the caller may not see (its id, zone and creation time): sealed (AES-GCM under a
/// key derived from the token signing key, which every gateway of a cluster shares), it says nothing and cannot be
/// forged; a cursor that does not open is refused like any bad cursor.
/// </summary>
public sealed class CursorSeal(SymmetricSecurityKey signingKey)
{
    const int NonceBytes = 12, TagBytes = 16;
    /// <summary>What <see cref="Open"/> answers for a cursor that is not one of ours: no list's parse accepts it.</summary>
    const string Refused = "!";

    readonly byte[] _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, signingKey.Key, 32, info: Encoding.UTF8.GetBytes("dispatch list cursor v1"));

    public string? Seal(string? cursor)
    {
        if (cursor is null) return null;
        var plain = Encoding.UTF8.GetBytes(cursor);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length));
        return Base64UrlEncoder.Encode(sealedBytes);
    }

    /// <summary>The cursor inside, null when none was given, or a value every list refuses as a bad cursor.</summary>
    public string? Open(string? sealedCursor)
    {
        if (sealedCursor is not { Length: > 0 }) return null;
        if (sealedCursor.Length > 400) return Refused;
        byte[] bytes;
        try { bytes = Base64UrlEncoder.DecodeBytes(sealedCursor); }
        catch (FormatException) { return Refused; }
        if (bytes.Length <= NonceBytes + TagBytes) return Refused;
        var plain = new byte[bytes.Length - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(_key, TagBytes);
            aes.Decrypt(bytes.AsSpan(0, NonceBytes), bytes.AsSpan(NonceBytes, plain.Length), bytes.AsSpan(NonceBytes + plain.Length), plain);
        }
        catch (AuthenticationTagMismatchException) { return Refused; }
        return Encoding.UTF8.GetString(plain);
    }
}
