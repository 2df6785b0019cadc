namespace Linkage.Messaging;

/// <summary>What a trusted peer may send (<c>Linkage:Federation:Trust:{appId}:Sends</c>, decisions 0548, 0612): CloudEvent
/// types, each either alone, for whatever the peer may speak for, or narrowed to a subtree as
/// <c>type@subtree</c> or <c>type@subtree!except!except</c> (a division code, less the subtrees after <c>!</c>). A type
/// listed with several subtrees may speak for any of them.</summary>
public sealed class FederationSends
{
    private readonly Dictionary<string, List<DivisionScope>?> types = new(StringComparer.Ordinal);

    /// <summary>Reads the entries; a subtree that is not a division code stops the host.</summary>
    public FederationSends(IEnumerable<string> entries, string peer)
    {
        foreach (var entry in entries)
        {
            var at = entry.IndexOf('@');
            if (at < 0)
            {
                types[entry] = null;
                continue;
            }
            var type = entry[..at];
            if (type.Length == 0 || DivisionScope.ParseSubtree(entry[(at + 1)..]) is not { } subtree)
                throw new InvalidOperationException(
                    $"Linkage:Federation:Trust:{peer}:Sends entry '{entry}' is not 'type', 'type@subtree' or 'type@subtree!except'.");
            if (types.TryGetValue(type, out var scopes) && scopes is null) continue; // listed alone too: any subtree
            (types[type] = scopes ?? []).Add(subtree);
        }
    }

    public bool Allows(string type) => types.ContainsKey(type);

    /// <summary>Whether <paramref name="type"/> may speak for <paramref name="origin"/> (the peer's <c>Speaks</c> is asked apart).</summary>
    public bool AllowsFor(string type, string? origin) =>
        types.TryGetValue(type, out var scopes) && (scopes is null || (origin is not null && scopes.Any(s => s.Covers(origin))));
}
