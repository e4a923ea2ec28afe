using Dispatch.Domain.Incidents;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.Common;

public sealed record EvidenceView(string Id, string Url, string ContentType, long Size, string UploadedBy, DateTimeOffset At);
