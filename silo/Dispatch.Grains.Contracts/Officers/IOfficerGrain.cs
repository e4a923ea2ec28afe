using Dispatch.Domain.Officers;

namespace Dispatch.Grains.Contracts.Officers;

/// <summary>One officer, keyed by officer id. Owns duty status and the last position.</summary>
public interface IOfficerGrain : IGrainWithStringKey
{
    Task<OfficerLive> GetLive();

    /// <exception cref="InvalidRequestException">malformed fix or unknown officer</exception>
    Task<ReportResult> ReportPosition(PositionReport report, ReportSource source);

    /// <exception cref="RuleRefusedException">going off duty with work in hand</exception>
    Task<OfficerStatus> SetOnDuty(bool onDuty, ReportSource source);

    /// <summary>An incident's progress moves the officer's status (assigned → enRoute → onScene → available).</summary>
    /// <exception cref="RuleRefusedException">assigning an officer who is off duty or busy</exception>
    Task<OfficerStatus> Work(string incidentId, WorkStep step);
}
