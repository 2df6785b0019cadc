namespace Linkage.Messaging;

/// <summary>Signs what this deployment publishes: signer = app id, the active key's id and signature.</summary>
public sealed class FederationSigner(FederationKeys keys, FederationOptions options)
{
    public FederationEvent Sign(FederationEvent e)
    {
        var unsigned = e with { Signer = options.AppId, SignatureKeyId = keys.ActiveKeyId, Signature = null };
        return unsigned with { Signature = Convert.ToBase64String(keys.Sign(FederationSignature.Content(unsigned))) };
    }
}
