using Linkage.ServiceDefaults.Paging;
using Microsoft.Extensions.Configuration;

namespace Linkage.Security.Tests.Paging;

/// <summary>A sort key that may be null (decision 0575): nulls come last in either direction, and a walk one or two items
/// at a time — its cursors starting at, inside and after the nulls — gives every row once, in that order.</summary>
public sealed class NullSortKeyTests
{
    private sealed record Row(int Id, DateOnly? Due, string? Name);

    private static readonly Row[] Rows =
    [
        new(1, new DateOnly(2026, 3, 2), "b"), new(2, null, null), new(3, new DateOnly(2026, 1, 5), null), new(4, null, "a"),
        new(5, new DateOnly(2026, 3, 2), "a"), new(6, null, "b"),
    ];

    private static readonly PageCursors Cursors = new(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Linkage:PersonalIdKey"] = Convert.ToBase64String(new byte[32]) }).Build());

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task An_ascending_nullable_date_puts_the_nulls_last(int limit) =>
        Assert.Equal([3, 1, 5, 2, 4, 6], await WalkAsync(o => o.Asc(r => r.Due).Asc(r => r.Id), limit));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_descending_nullable_date_puts_the_nulls_last_too(int limit) =>
        Assert.Equal([1, 5, 3, 2, 4, 6], await WalkAsync(o => o.Desc(r => r.Due).Asc(r => r.Id), limit));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_nullable_text_and_a_nullable_date_together(int limit) =>
        Assert.Equal([5, 4, 1, 6, 3, 2], await WalkAsync(o => o.Asc(r => r.Name).Desc(r => r.Due).Asc(r => r.Id), limit));

    [Fact]
    public async Task A_cursor_of_the_list_before_nullable_keys_counted_does_not_fit()
    {
        var old = Cursors.Seal("rows", [System.Text.Json.JsonSerializer.SerializeToElement<DateOnly?>(null), System.Text.Json.JsonSerializer.SerializeToElement(2)]);
        await Assert.ThrowsAsync<InvalidCursorException>(() =>
            Rows.PageAsync(PageRequest.Of(1, "rows", old, Cursors), o => o.Asc(r => r.Due).Asc(r => r.Id), CancellationToken.None));
    }

    private static async Task<List<int>> WalkAsync(Func<Keyset<Row>, Keyset<Row>> order, int limit)
    {
        var (ids, cursor) = (new List<int>(), (string?)null);
        do
        {
            var page = await Rows.PageAsync(PageRequest.Of(limit, "rows", cursor, Cursors), order, CancellationToken.None);
            Assert.True(page.Items.Count <= limit);
            ids.AddRange(page.Items.Select(r => r.Id));
            cursor = page.NextCursor;
        } while (cursor is not null && ids.Count <= Rows.Length);
        return ids;
    }
}
