namespace Dispatch.Grains.Accounts;

[GenerateSerializer]
public sealed class TokenRevocationState
{
    [Id(0)] public DateTimeOffset? RevokedBefore { get; set; }
}
