namespace Dispatch.Domain.Inspections.Adhoc;

/// <summary>Out-of-plan checks that need no advance filing (DOMAIN.md §4 rule 2).</summary>
public enum AdhocExemption
{
    /// <summary>告知承诺制审批后的核查</summary>
    CommitmentApproval,
    /// <summary>生态环境、安全生产</summary>
    EnvironmentSafety,
    /// <summary>国家或省部署的专项行动</summary>
    SpecialCampaign,
}
