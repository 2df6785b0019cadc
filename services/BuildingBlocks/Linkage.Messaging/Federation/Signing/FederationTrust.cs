using Linkage.Kernel.Crypto;
using Microsoft.Extensions.Configuration;

namespace Linkage.Messaging;

/// <summary>The allow-list (<c>Linkage:Federation:Trust:{appId}</c>: <c>Keys:{keyId}</c> = base64 SM2 public key,
/// <c>Speaks</c> = division codes, <c>Sends</c> = CloudEvent types, each perhaps for a subtree: <see cref="FederationSends"/>)
/// plus this deployment itself, which speaks for what it serves and sends any type. Verifies a CloudEvent's signature;
/// the reason it is refused otherwise. See docs/decisions/0331, 0548, 0612.</summary>
public sealed class FederationTrust
{
    private readonly Dictionary<string, FederationPeer> peers;
    private readonly FederationOptions options;
    private readonly VerifiedRoots roots = new();

    public FederationTrust(IConfiguration config, FederationOptions options, FederationKeys own)
    {
        this.options = options;
        peers = config.GetSection("Linkage:Federation:Trust").GetChildren()
            .Select(p => new FederationPeer(p.Key,
                p.GetSection("Keys").GetChildren().Where(k => k.Value is { Length: > 0 })
                    .ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value!), StringComparer.Ordinal),
                new DivisionScope(FederationOptions.ReadList(p.GetSection("Speaks"))), SendsOf(p)))
            .ToDictionary(p => p.AppId, StringComparer.Ordinal);
        peers[options.AppId] = new FederationPeer(options.AppId, own.PublicKeys, options.Scope);
    }

    /// <summary>Null when the signature is good and the signer known; otherwise why the event is refused. With a
    /// <see cref="FederationEvent.SignaturePath"/>, the signature is over the root the path leads to from the event's own
    /// content (decision 0721), verified once per root.</summary>
    public string? Verify(FederationEvent e)
    {
        if (e.Signature is null || e.Signer is null || e.SignatureKeyId is null) return "unsigned";
        if (!peers.TryGetValue(e.Signer, out var peer)) return $"unknown signer '{e.Signer}'";
        if (!peer.PublicKeys.TryGetValue(e.SignatureKeyId, out var publicKey)) return $"unknown key '{e.SignatureKeyId}' of {e.Signer}";
        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(e.Signature);
        }
        catch (FormatException)
        {
            return "signature is not base64";
        }
        if (e.SignaturePath is null) // a sender from before 0721: one signature per event
        {
            MessagingTelemetry.Sm2(options.AppId, "verify");
            return Sm2.Verify(publicKey, FederationSignature.Content(e), signature) ? null : $"signature does not verify with {e.SignatureKeyId}";
        }
        var (path, refused) = SignaturePath.Parse(e.SignaturePath);
        if (path is null) return refused;
        var root = path.RootFrom(SignaturePath.Leaf(FederationSignature.Content(e)));
        if (roots.Holds(e.Signer, e.SignatureKeyId, root, e.Signature)) return null;
        MessagingTelemetry.Sm2(options.AppId, "verify");
        if (!Sm2.Verify(publicKey, FederationSignature.Root(root), signature))
            return $"signature does not verify with {e.SignatureKeyId} over the root its path leads to";
        roots.Add(e.Signer, e.SignatureKeyId, root, e.Signature);
        return null;
    }

    /// <summary>Whether <paramref name="signature"/> over <paramref name="content"/> verifies with the key
    /// <paramref name="keyId"/> of a known <paramref name="signer"/> (a signed audit chain head, say).</summary>
    public bool Verifies(string signer, string keyId, byte[] content, byte[] signature) =>
        peers.TryGetValue(signer, out var peer) && peer.PublicKeys.TryGetValue(keyId, out var key) && Sm2.Verify(key, content, signature);

    /// <summary>Whether the (verified) signer may send events of <paramref name="type"/>.</summary>
    public bool Sends(string signer, string type) => peers.TryGetValue(signer, out var peer) && peer.MaySend(type);

    /// <summary>The peer's <c>Sends</c> list; null when it has none (any type: development and one-vhost tests only).</summary>
    internal static FederationSends? SendsOf(IConfigurationSection peer)
    {
        var section = peer.GetSection("Sends");
        return section.Value is null && !section.GetChildren().Any()
            ? null
            : new FederationSends(FederationOptions.ReadList(section), peer.Key);
    }

    /// <summary>Null when the (verified) signer may speak for <paramref name="origin"/> in an event of
    /// <paramref name="type"/>: within its <c>Speaks</c> and within the subtrees its <c>Sends</c> gives the type;
    /// otherwise why not.</summary>
    public string? RefuseOrigin(string signer, string type, string? origin)
    {
        if (!peers.TryGetValue(signer, out var peer) || !peer.MaySpeakFor(origin))
            return $"{signer} may not speak for {origin ?? "an event without an origin"}";
        return peer.MaySendFor(type, origin) ? null : $"{signer} may not send {type} for {origin ?? "an event without an origin"}";
    }
}
