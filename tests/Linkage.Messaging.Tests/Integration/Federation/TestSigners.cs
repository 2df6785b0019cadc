using Linkage.Kernel.Crypto;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Other deployments' signing keys, and the trust settings a receiver needs for them.</summary>
public sealed record TestSigner(string AppId, string KeyId, byte[] PrivateKey)
{
    /// <summary>Trusted, speaks for everything.</summary>
    public static readonly TestSigner Other = Create("other", "other-1");

    /// <summary>Trusted, speaks for 330102 (a county) only.</summary>
    public static readonly TestSigner County = Create("county-330102", "county-330102-1");

    /// <summary>Not in any trust list.</summary>
    public static readonly TestSigner Stranger = Create("stranger", "stranger-1");

    public byte[] PublicKey => Sm2.PublicKeyOf(PrivateKey);

    public static TestSigner Create(string appId, string keyId) => new(appId, keyId, Sm2.GenerateKeyPair().PrivateKey);

    /// <summary>A round of one, as a deployment signs (decision 0721).</summary>
    public FederationEvent Sign(FederationEvent e) => SignRound([e])[0];

    /// <summary><paramref name="round"/> under one signature over its tree's root, each event with its path.</summary>
    public FederationEvent[] SignRound(IReadOnlyList<FederationEvent> round) =>
        FederationSigner.SignRound(round, AppId, KeyId, content => Sm2.Sign(PrivateKey, content));

    /// <summary>Signed alone, as a sender before 0721 signed: the signature over the event's content, no path.</summary>
    public FederationEvent SignAlone(FederationEvent e)
    {
        var unsigned = e with { Signer = AppId, SignatureKeyId = KeyId, Signature = null };
        return unsigned with { Signature = Convert.ToBase64String(Sm2.Sign(PrivateKey, FederationSignature.Content(unsigned))) };
    }

    public static Dictionary<string, string?> TrustSettings() => new()
    {
        [$"Linkage:Federation:Trust:{Other.AppId}:Keys:{Other.KeyId}"] = Convert.ToBase64String(Other.PublicKey),
        [$"Linkage:Federation:Trust:{County.AppId}:Keys:{County.KeyId}"] = Convert.ToBase64String(County.PublicKey),
        [$"Linkage:Federation:Trust:{County.AppId}:Speaks"] = "330102000000",
    };
}
