namespace Linkage.ServiceDefaults.Paging;

/// <summary>One page of a list (docs/api-style.md): the items, the opaque cursor of the next page (absent on the last
/// one), and the number of all matching items where counting them is cheap (absent otherwise).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor, long? Total = null)
{
    public Page<TOut> Map<TOut>(Func<T, TOut> view) => new(Items.Select(view).ToList(), NextCursor, Total);
}
