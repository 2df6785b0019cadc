namespace Linkage.Catalog.Domain.Rules;

/// <summary>就近办理: the competent unit is the nearest one, walking up from the resident's division (village → town →
/// county → city → province), that implements the matter. Ties at one division go to the lowest org unit id.</summary>
public static class NearestUnitPolicy
{
    public static Candidate? Choose(IReadOnlyList<string> selfAndAncestors, IEnumerable<Candidate> current) =>
        current.Select(c => (Candidate: c, Distance: IndexOf(selfAndAncestors, c.Unit.DivisionCode)))
            .Where(c => c.Distance >= 0)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate.Unit.Id, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();

    private static int IndexOf(IReadOnlyList<string> chain, string division)
    {
        for (var i = 0; i < chain.Count; i++)
            if (chain[i] == division) return i;
        return -1;
    }
}
