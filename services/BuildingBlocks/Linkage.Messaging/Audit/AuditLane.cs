namespace Linkage.Messaging;

/// <summary>A module's audit chain lanes (docs/decisions/0580): the lane of a key is a stable hash (FNV-1a) of it, the
/// same in every process and release. The key is the target's id, so one target's entries stay in one chain in commit
/// order, unless the writer keys them otherwise (a review decision by its task, 0667).</summary>
public static class AuditLane
{
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

    private static string Name(string schema, int lane) => $"{schema}.{lane}";
}
