using Dispatch.Domain.Common.Listings;
using Dispatch.Domain.Whistles;
using Dispatch.Domain.Whistles.Listings;
using static Dispatch.Domain.Tests.Whistles.WhistleWorld;

namespace Dispatch.Domain.Tests.Listings;

public class WhistleQueryParseTests
{
    static WhistleQueryParse.Result Parse(string? status = null, string? townshipId = null, string? departmentId = null, string? cursor = null,
        string? limit = null) => WhistleQueryParse.Parse(new WhistleQueryText(status, townshipId, departmentId, cursor, limit), Whistles.WhistleWorld.County);

    [Fact]
    public void No_query_asks_for_the_first_page_of_fifty_with_no_filter()
    {
        var q = Parse().Query!;
        Assert.Empty(q.Statuses);
        Assert.Null(q.TownshipId);
        Assert.Null(q.DepartmentId);
        Assert.Null(q.After);
        Assert.Equal(ListPaging.DefaultLimit, q.Limit);
    }

    [Fact]
    public void Several_statuses_are_read_comma_separated_once_each()
    {
        var q = Parse(status: "open, pendingApproval,open").Query!;
        Assert.Equal([WhistleStatus.Open, WhistleStatus.PendingApproval], q.Statuses);
        Assert.True(q.OnlyOpen);
        Assert.False(Parse(status: "open,closed").Query!.OnlyOpen);
    }

    [Fact]
    public void Filters_cursor_and_limit_are_taken_as_given()
    {
        var member = ListMember.Of(T0, "W-Z1-20261130-0001");
        var q = Parse(townshipId: "T01", departmentId: "scjg", cursor: ListCursor.Encode(member), limit: "200").Query!;
        Assert.Equal(("T01", "scjg", member, 200), (q.TownshipId, q.DepartmentId, q.After, q.Limit));
    }

    [Theory]
    [InlineData("status", "lost", null, null, null, null)]
    [InlineData("townshipId", null, "T99", null, null, null)]
    [InlineData("departmentId", null, null, "nobody", null, null)]
    [InlineData("cursor", null, null, null, "not-a-cursor", null)]
    [InlineData("limit", null, null, null, null, "0")]
    [InlineData("limit", null, null, null, null, "201")]
    [InlineData("limit", null, null, null, null, "ten")]
    public void A_bad_field_is_an_error_of_that_field_and_no_query(string field, string? status, string? townshipId, string? departmentId,
        string? cursor, string? limit)
    {
        var result = Parse(status, townshipId, departmentId, cursor, limit);
        Assert.Null(result.Query);
        Assert.Equal([field], result.Errors.Keys);
    }

    [Fact]
    public void Every_bad_field_is_told_at_once()
    {
        var result = Parse(status: "open,lost", townshipId: new string('T', 500), cursor: "x", limit: "-1");
        Assert.Equal(["cursor", "limit", "status", "townshipId"], result.Errors.Keys.Order());
        Assert.All(result.Errors["townshipId"], e => Assert.True(e.Length < 100, "an overlong id is quoted shortened"));
    }

    [Fact]
    public void A_query_matches_only_what_the_viewer_may_see_and_every_filter_asks()
    {
        var w = Open(); // T01, zone Z1, scjg lead and zhzf assist
        Assert.True(WhistleQuery.All.Matches(w, Commander.Scope));
        Assert.True(WhistleQuery.All.Matches(w, ZhzfDesk.Scope));
        Assert.False(WhistleQuery.All.Matches(w, OtherZone.Scope));
        Assert.False(WhistleQuery.All.Matches(w, OtherLeader.Scope));
        Assert.True((WhistleQuery.All with { Statuses = [WhistleStatus.Closed, WhistleStatus.Open] }).Matches(w, Staff.Scope));
        Assert.False((WhistleQuery.All with { Statuses = [WhistleStatus.Closed] }).Matches(w, Staff.Scope));
        Assert.True((WhistleQuery.All with { DepartmentId = "zhzf" }).Matches(w, Dispatcher.Scope));
        Assert.False((WhistleQuery.All with { DepartmentId = "sthj" }).Matches(w, Dispatcher.Scope));
        Assert.False((WhistleQuery.All with { TownshipId = "T02" }).Matches(w, Commander.Scope));
    }
}
