using Dispatch.Domain.Common.Listings;

namespace Dispatch.Domain.Tests.Listings;

public class ListDateTests
{
    static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Theory]
    [InlineData("2024-05-01", "2024-05-01T00:00:00+08:00")]
    [InlineData("2024-05-01T08:00", "2024-05-01T08:00:00+08:00")]
    [InlineData("2024-05-01 08:00", "2024-05-01T08:00:00+08:00")]   // a space for the T: still China time, not the host's
    [InlineData("2024-05-01T08:00:00Z", "2024-05-01T08:00:00+00:00")]
    [InlineData("2024-05-01T08:00:00-05:00", "2024-05-01T08:00:00-05:00")]
    [InlineData("2024-05-01 08:00+08:00", "2024-05-01T08:00:00+08:00")]
    public void A_bound_is_a_date_meaning_the_China_day_or_a_time_read_in_China_time_unless_it_says_otherwise(string text, string expected)
    {
        Assert.True(ListDate.TryParse(text, out var at));
        Assert.Equal(DateTimeOffset.Parse(expected), at);
        Assert.Equal(DateTimeOffset.Parse(expected).Offset, at.Offset);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0001-01-01T00:00")]
    [InlineData("1999-12-31")]
    [InlineData("2101-01-01")]
    [InlineData("2300-01-01T00:00Z")]
    [InlineData("soon")]
    public void A_year_no_one_means_or_no_date_at_all_is_refused_not_thrown(string text) =>
        Assert.False(ListDate.TryParse(text, out _));

    [Fact]
    public void The_last_year_allowed_still_orders_by_thirteen_digit_milliseconds()
    {
        Assert.True(ListDate.TryParse($"{ListDate.LastYear}-12-31", out var at));
        Assert.Equal(13, at.ToUnixTimeMilliseconds().ToString().Length);
        Assert.Equal(China, at.Offset);
    }
}
