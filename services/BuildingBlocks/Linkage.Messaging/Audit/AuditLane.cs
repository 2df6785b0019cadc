namespace Linkage.Messaging;

/// <summary>A module's audit chain lanes (docs/decisions/0580): the lane of a key is a stable hash (FNV-1a) of it, the
/// same in every process and release. The key is the target's id, so one target's entries go to one lane, unless the
/// writer keys them otherwise (a review decision by its task, 0667). The chain trigger writes an entry to its lane, or,
/// when another transaction holds that lane, to the first free of the <see cref="Spares"/> lanes below it (0768).</summary>
public static class AuditLane
{
    /// <summary>How many lanes below its own an entry may take when its own is held; the chain trigger's loop
    /// (<see cref="AuditSql"/>) tries the same.</summary>
    public const int Spares = 3;

    public static string Of(string schema, int lanes, string targetId)
    {
        if (lanes <= 1) return schema;
        var hash = 2166136261u;
        foreach (var c in targetId) hash = unchecked((hash ^ c) * 16777619u);
        return Name(schema, (int)(hash % (uint)lanes));
    }

    /// <summary>Every chain of a module with this many lanes: with lanes, first the single chain named after the schema
    /// that its entries went to before it had lanes (it stops growing, but its last rows still get a signed head, 0617).</summary>
    public static IReadOnlyList<string> All(string schema, int lanes) =>
        lanes <= 1 ? [schema] : [schema, .. Enumerable.Range(0, lanes).Select(lane => Name(schema, lane))];

    /// <summary>The chains an entry written for <paramref name="chain"/> may end in: its lane first, then the spares
    /// below it; a chain without lanes only itself.</summary>
    public static IReadOnlyList<string> Reach(string chain)
    {
        var (schema, lane) = Split(chain);
        return lane < 0 ? [chain] : Enumerable.Range(0, Math.Min(lane, Spares) + 1).Select(below => Name(schema, lane - below)).ToList();
    }

    /// <summary>The order in which a unit takes its lanes: by schema, then by lane number, so that a spare (a lower
    /// number) is always taken before the lanes a unit waits for later, and two units never wait for each other.</summary>
    public static int Compare(string? a, string? b)
    {
        if (a is null || b is null) return string.CompareOrdinal(a, b);
        var (schemaA, laneA) = Split(a);
        var (schemaB, laneB) = Split(b);
        var bySchema = string.CompareOrdinal(schemaA, schemaB);
        return bySchema != 0 ? bySchema : laneA.CompareTo(laneB);
    }

    private static (string Schema, int Lane) Split(string chain)
    {
        var dot = chain.LastIndexOf('.');
        return dot > 0 && dot < chain.Length - 1 && chain.AsSpan(dot + 1).IndexOfAnyExceptInRange('0', '9') < 0
            && int.TryParse(chain.AsSpan(dot + 1), out var lane)
            ? (chain[..dot], lane)
            : (chain, -1);
    }

    private static string Name(string schema, int lane) => $"{schema}.{lane}";
}
