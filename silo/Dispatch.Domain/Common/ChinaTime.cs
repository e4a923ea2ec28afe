namespace Dispatch.Domain.Common;

/// <summary>China Standard Time (UTC+8, no daylight saving): the clock every day, deadline, year and number is counted in.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);
}
