namespace Linkage.Bench.Catalog;

/// <summary>What the lookups ask for: anything in the imported county at random (mostly cache misses), or a working
/// set of a few hundred matters, villages and entries drawn once (what a county's intake and approval ask all day).</summary>
public sealed class LookupKeys(Func<string> matter, Func<string> village, Func<string> implementation)
{
    public string Matter() => matter();

    public string Village() => village();

    public string Implementation() => implementation();

    public static LookupKeys AtRandom(ImportedCounty county) =>
        new(county.RandomMatter, county.RandomVillage, county.RandomImplementation);

    public static LookupKeys WorkingSet(ImportedCounty county, int size)
    {
        var matters = Draw(county.RandomMatter, size);
        var villages = Draw(county.RandomVillage, 10);
        var entries = Draw(county.RandomImplementation, size);
        return new(() => Pick(matters), () => Pick(villages), () => Pick(entries));
    }

    private static string[] Draw(Func<string> next, int count) => Enumerable.Range(0, count).Select(_ => next()).ToArray();

    private static string Pick(string[] from) => from[Random.Shared.Next(from.Length)];
}
