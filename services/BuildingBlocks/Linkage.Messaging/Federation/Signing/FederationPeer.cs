namespace Linkage.Messaging;

/// <summary>A deployment this one accepts federation events from: its public keys by key id (old ones kept after a
/// rotation), the subtrees it may speak for (empty = all) and the CloudEvent types it may send (null = any; required
/// outside Development, decision 0548).</summary>
public sealed record FederationPeer(
    string AppId, IReadOnlyDictionary<string, byte[]> PublicKeys, DivisionScope Speaks, IReadOnlySet<string>? Sends = null)
{
    public bool MaySend(string type) => Sends is null || Sends.Contains(type);
}
