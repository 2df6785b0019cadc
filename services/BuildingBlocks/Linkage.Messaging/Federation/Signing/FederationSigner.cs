namespace Linkage.Messaging;

/// <summary>Signs what this deployment publishes: signer = app id, the active key's id, and one SM2 signature for a
/// whole round: over the SM3 Merkle root of the events' contents, each event carrying its path to it (decision 0721).</summary>
public sealed class FederationSigner(FederationKeys keys, FederationOptions options)
{
    public FederationEvent Sign(FederationEvent e) => Sign([e])[0];

    /// <summary>The events of one round, in their order, under one signature.</summary>
    public FederationEvent[] Sign(IReadOnlyList<FederationEvent> round)
    {
        MessagingTelemetry.Sm2(options.AppId, "sign");
        return SignRound(round, options.AppId, keys.ActiveKeyId, keys.Sign);
    }

    /// <summary><paramref name="round"/> as <paramref name="signer"/> signs it with its key <paramref name="keyId"/>:
    /// <paramref name="sign"/> is called once, over <see cref="FederationSignature.Root"/> of the round's tree.</summary>
    public static FederationEvent[] SignRound(IReadOnlyList<FederationEvent> round, string signer, string keyId, Func<byte[], byte[]> sign)
    {
        var unsigned = round.Select(e => e with { Signer = signer, SignatureKeyId = keyId, Signature = null, SignaturePath = null }).ToArray();
        var (root, paths) = SignaturePath.Tree(unsigned.Select(e => SignaturePath.Leaf(FederationSignature.Content(e))).ToList());
        var signature = Convert.ToBase64String(sign(FederationSignature.Root(root)));
        return unsigned.Select((e, i) => e with { Signature = signature, SignaturePath = paths[i].ToString() }).ToArray();
    }
}
