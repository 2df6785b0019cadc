namespace Linkage.Messaging;

/// <summary>A deployment this one accepts federation events from: its public keys by key id (old ones kept after a
/// rotation) and the subtrees it may speak for (empty = all).</summary>
public sealed record FederationPeer(string AppId, IReadOnlyDictionary<string, byte[]> PublicKeys, DivisionScope Speaks);
