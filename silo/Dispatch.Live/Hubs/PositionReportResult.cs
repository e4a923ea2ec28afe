namespace Dispatch.Live;

public sealed record PositionReportResult(bool Accepted, string Outcome);
