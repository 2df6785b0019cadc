namespace Linkage.Catalog.Domain.Rules;

/// <summary>The version of an implementation entry in force on a day: the highest one already effective.</summary>
public static class CurrentVersionPolicy
{
    public static IEnumerable<Candidate> Current(IEnumerable<Candidate> candidates, DateOnly day) =>
        candidates.Where(c => c.Entry.EffectiveFrom <= day)
            .GroupBy(c => c.Entry.Code, StringComparer.Ordinal)
            .Select(g => g.MaxBy(c => c.Entry.Version)!);

    public static Implementation? Current(IEnumerable<Implementation> versions, DateOnly day) =>
        versions.Where(v => v.EffectiveFrom <= day).MaxBy(v => v.Version);
}
