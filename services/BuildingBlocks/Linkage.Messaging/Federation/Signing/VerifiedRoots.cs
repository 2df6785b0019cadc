using System.Collections.Concurrent;

namespace Linkage.Messaging;

/// <summary>Round roots whose signature has verified (decision 0721), by signer, key id and root, with the signature
/// that verified: the other events of a round then cost their path's hashing, not an SM2 verification. A root is only
/// ever looked up as computed from an event's own content and path, never as an event claims it. Bounded: the oldest
/// entry goes when full (a round's events arrive close together).</summary>
internal sealed class VerifiedRoots
{
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<(string Signer, string KeyId, string Root), string> verified = new();
    private readonly ConcurrentQueue<(string, string, string)> order = new();

    public bool Holds(string signer, string keyId, byte[] root, string signature) =>
        verified.TryGetValue((signer, keyId, Convert.ToHexString(root)), out var known) && known == signature;

    public void Add(string signer, string keyId, byte[] root, string signature)
    {
        var key = (signer, keyId, Convert.ToHexString(root));
        if (!verified.TryAdd(key, signature)) return;
        order.Enqueue(key);
        while (verified.Count > Capacity && order.TryDequeue(out var oldest)) verified.TryRemove(oldest, out _);
    }
}
