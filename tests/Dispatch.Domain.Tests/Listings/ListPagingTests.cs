using Dispatch.Domain.Common.Listings;

namespace Dispatch.Domain.Tests.Listings;

public class ListPagingTests
{
    static readonly DateTimeOffset T0 = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_list_in_memory_is_paged_newest_first_with_a_cursor_that_holds_while_items_arrive()
    {
        var items = Enumerable.Range(1, 7).Select(i => (At: T0.AddMinutes(i % 3), Id: $"t{i}")).ToList();
        string Member((DateTimeOffset At, string Id) x) => ListMember.Of(x.At, x.Id);
        var expected = items.OrderByDescending(Member, StringComparer.Ordinal).Select(x => x.Id).ToList();

        var seen = new List<string>();
        string? after = null;
        do
        {
            var (page, next) = ListPaging.Page(items, Member, after, 3);
            Assert.InRange(page.Count, 1, 3);
            seen.AddRange(page.Select(x => x.Id));
            items.Add((T0.AddHours(1), $"new{seen.Count}")); // newer than every page: never on a later one
            after = next is null ? null : ListCursor.Decode(next);
        } while (after is not null);

        Assert.Equal(expected, seen);
    }

    [Fact]
    public void The_last_page_has_no_cursor_even_when_it_is_full()
    {
        var items = new[] { "a", "b", "c" };
        var (page, next) = ListPaging.Page(items, id => ListMember.Of(T0, id), null, 3);
        Assert.Equal(["c", "b", "a"], page);
        Assert.Null(next);
        Assert.Empty(ListPaging.Page(Array.Empty<string>(), id => id, null, 3).Items);
    }
}
