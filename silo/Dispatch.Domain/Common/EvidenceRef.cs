namespace Dispatch.Domain.Common;

public sealed record EvidenceRef(string Id, string ContentType, long Size, string UploadedBy, DateTimeOffset At);
