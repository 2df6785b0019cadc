using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Linkage.ServiceDefaults.Paging;

/// <summary>One line per list endpoint: <c>await query.PageAsync(page, o => o.Desc(c => c.ReceivedAt).Asc(c => c.Id), ct)</c>.
/// Works on an EF Core query (the database orders and seeks) and on rows already in memory alike.</summary>
public static class PagingExtensions
{
    public static async Task<Page<T>> PageAsync<T>(
        this IQueryable<T> query, PageRequest page, Func<Keyset<T>, Keyset<T>> order, CancellationToken ct, bool withTotal = false)
    {
        var keyset = order(new Keyset<T>());
        long? total = withTotal ? (query.Provider is IAsyncQueryProvider ? await query.LongCountAsync(ct) : query.LongCount()) : null;
        var from = page.After is null ? query : keyset.After(query, Values(page.After, keyset.Types));
        var limited = keyset.Order(from).Take(page.Limit + 1);
        var rows = limited.Provider is IAsyncQueryProvider ? await limited.ToListAsync(ct) : limited.ToList();
        if (rows.Count <= page.Limit) return new Page<T>(rows, null, total);
        rows.RemoveAt(page.Limit);
        var last = keyset.ValuesOf(rows[^1]).Select((v, i) => JsonSerializer.SerializeToElement(v, keyset.Types[i])).ToList();
        return new Page<T>(rows, page.Cursors.Seal(page.Scope, last), total);
    }

    public static Task<Page<T>> PageAsync<T>(
        this IEnumerable<T> rows, PageRequest page, Func<Keyset<T>, Keyset<T>> order, CancellationToken ct, bool withTotal = false) =>
        rows.AsQueryable().PageAsync(page, order, ct, withTotal);

    private static object?[] Values(JsonElement[] after, IReadOnlyList<Type> types)
    {
        if (after.Length != types.Count) throw new InvalidCursorException("The cursor does not fit this list; start from its first page.");
        try
        {
            return after.Select((v, i) => v.Deserialize(types[i])).ToArray();
        }
        catch (JsonException)
        {
            throw new InvalidCursorException("The cursor does not fit this list; start from its first page.");
        }
    }
}
