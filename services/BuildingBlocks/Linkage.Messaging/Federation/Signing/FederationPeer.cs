namespace Linkage.Messaging;

/// <summary>A deployment this one accepts federation events from: its public keys by key id (old ones kept after a
/// rotation), the subtrees it may speak for (empty = all) and the CloudEvent types it may send, each perhaps for a
/// subtree only (null = any type anywhere; required outside Development, decisions 0548, 0612).</summary>
public sealed record FederationPeer(
    string AppId, IReadOnlyDictionary<string, byte[]> PublicKeys, DivisionScope Speaks, FederationSends? Sends = null)
{
    public bool MaySend(string type) => Sends is null || Sends.Allows(type);

    public bool MaySpeakFor(string? origin) => Speaks.ServesAll || (origin is not null && Speaks.Covers(origin));

    public bool MaySendFor(string type, string? origin) => Sends is null || Sends.AllowsFor(type, origin);
}
