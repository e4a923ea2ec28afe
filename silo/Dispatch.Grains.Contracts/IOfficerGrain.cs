using Dispatch.Domain.Officers;

namespace Dispatch.Grains.Contracts;

/// <summary>One officer, keyed by officer id. Owns duty status and the last position.</summary>
public interface IOfficerGrain : IGrainWithStringKey
{
    Task<OfficerLive> GetLive();

    /// <exception cref="InvalidRequestException">malformed fix or unknown officer</exception>
    Task<ReportResult> ReportPosition(PositionReport report, ReportSource source);

    /// <exception cref="RuleRefusedException">going off duty with work in hand</exception>
    Task<OfficerStatus> SetOnDuty(bool onDuty, ReportSource source);
}
