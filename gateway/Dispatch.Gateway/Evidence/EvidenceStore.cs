using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;

namespace Dispatch.Gateway.Evidence;

/// <summary>
/// Photos attached to incidents, kept as files named by incident and evidence id. The type is taken from the
/// file's own first bytes, never from what the client claims, and only JPEG, PNG and WebP are kept.
/// </summary>
public sealed class EvidenceStore(EvidenceSettings settings, TimeProvider time)
{
    readonly string _root = System.IO.Path.GetFullPath(settings.Path is { Length: > 0 } p ? p : System.IO.Path.Combine(AppContext.BaseDirectory, "evidence"));

    public long MaxBytes => settings.MaxBytes;

    /// <summary>Stores the photo, or says why not (in words the user reads).</summary>
    public async Task<(EvidenceRef? Evidence, string? Error)> Save(string incidentId, Stream content, string uploadedBy, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > settings.MaxBytes) return (null, $"照片不能超过 {settings.MaxBytes / 1024 / 1024} MB");
            buffer.Write(chunk, 0, read);
        }
        var bytes = buffer.ToArray();
        if (Sniff(bytes) is not { } type) return (null, "只接受 JPEG、PNG 或 WebP 格式的照片");
        var id = Guid.NewGuid().ToString("N");
        var folder = System.IO.Path.Combine(_root, Safe(incidentId));
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(System.IO.Path.Combine(folder, id), bytes, ct);
        return (new EvidenceRef(id, type, bytes.Length, uploadedBy, time.GetUtcNow()), null);
    }

    public Stream? Open(string incidentId, string evidenceId)
    {
        if (!Guid.TryParseExact(evidenceId, "N", out _)) return null;
        var path = System.IO.Path.Combine(_root, Safe(incidentId), evidenceId);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    /// <summary>Removes a photo the incident refused, so a refused upload leaves nothing behind.</summary>
    public void Delete(string incidentId, string evidenceId)
    {
        if (!Guid.TryParseExact(evidenceId, "N", out _)) return;
        File.Delete(System.IO.Path.Combine(_root, Safe(incidentId), evidenceId));
    }

    static string Safe(string id) => string.Concat(id.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-'));

    static string? Sniff(byte[] b) => b switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "image/webp",
        _ => null,
    };
}
