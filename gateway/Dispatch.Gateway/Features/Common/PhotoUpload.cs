using Dispatch.Domain.Common;
using Dispatch.Gateway.Evidence;

namespace Dispatch.Gateway.Features.Common;

/// <summary>
/// Photo evidence over HTTP, the same for an incident and an inspection visit: the checks before a photo is read, storing
/// it and handing it to its owner (removed again when the owner refuses it), and serving it back.
/// </summary>
public static class PhotoUpload
{
    /// <summary>Why the form's file cannot be taken (none sent: 400; too large: 413), or null to go on.</summary>
    public static IResult? Refused(IFormFile? file, EvidenceStore store) =>
        file is null || file.Length == 0
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请选择要上传的照片（表单字段 file）"] }, title: "缺少照片")
            : file.Length > store.MaxBytes
                ? Results.Problem(title: $"照片不能超过 {store.MaxBytes / 1024 / 1024} MB", statusCode: StatusCodes.Status413PayloadTooLarge)
                : null;

    /// <summary>
    /// Stores the photo in <paramref name="folder"/> and hands it to <paramref name="attach"/>: 201 with its view at
    /// <paramref name="urlBase"/>/{id}, or 415 when it is no JPEG, PNG or WebP.
    /// </summary>
    public static async Task<IResult> Store(IFormFile file, EvidenceStore store, string folder, string uploadedBy,
        Func<EvidenceRef, Task> attach, string urlBase, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        var (evidence, error) = await store.Save(folder, content, uploadedBy, ct);
        if (evidence is null) return Results.Problem(title: error, statusCode: StatusCodes.Status415UnsupportedMediaType);
        try
        {
            await attach(evidence);
        }
        catch
        {
            // The owner refused it (closed or published meanwhile, or full): a refused upload leaves nothing behind.
            store.Delete(folder, evidence.Id);
            throw;
        }
        var url = $"{urlBase}/{evidence.Id}";
        return Results.Created(url, new EvidenceView(evidence.Id, url, evidence.ContentType, evidence.Size, evidence.UploadedBy, evidence.At));
    }

    /// <summary>A stored photo as an attachment with a name of our own (an img ignores the disposition; a navigation downloads it).</summary>
    public static IResult Download(EvidenceStore store, string folder, EvidenceRef evidence)
    {
        var extension = evidence.ContentType switch { "image/png" => ".png", "image/webp" => ".webp", _ => ".jpg" };
        return store.Open(folder, evidence.Id) is { } stream
            ? Results.Stream(stream, evidence.ContentType, fileDownloadName: evidence.Id + extension)
            : Results.NotFound();
    }
}
