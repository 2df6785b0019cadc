namespace Linkage.Catalog.Features.SearchGuide;

/// <summary>Every matter's searchable names — its name, everyday names and the names of the licences its entries
/// produce — kept in memory for the guide (ILIKE over thousands of Chinese names costs tens of ms a query).</summary>
public sealed class GuideNames(IReadOnlyList<GuideNames.Named> matters)
{
    /// <summary>The names held (what the catalog cache counts in bytes, decision 0682).</summary>
    public IReadOnlyList<Named> Matters => matters;

    public HashSet<string> Matching(GuideSearch search) =>
        matters.Where(m => search.Words.All(m.Mentions)).Select(m => m.Code).ToHashSet(StringComparer.Ordinal);

    public sealed record Named(string Code, IReadOnlyList<string> Names)
    {
        public bool Mentions(string word) => Names.Any(n => n.Contains(word, StringComparison.OrdinalIgnoreCase));
    }
}
