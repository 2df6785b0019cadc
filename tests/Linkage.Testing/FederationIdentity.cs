using Linkage.Kernel.Crypto;
using Linkage.Messaging;

namespace Linkage.Testing;

/// <summary>A deployment's federation identity for a test: app id, serves, and an SM2 signing key made up front, so
/// hosts started one after another can trust each other both ways. <see cref="Except"/>: the subtree inside
/// <see cref="Serves"/> with a deployment of its own, if any.</summary>
public sealed record FederationIdentity(string AppId, string Serves, string KeyId, byte[] PrivateKey, string Except = "")
{
    public static FederationIdentity Create(string appId, string serves, string except = "") =>
        new(appId, serves, $"{appId}-1", Sm2.GenerateKeyPair().PrivateKey, except);

    /// <summary>What it serves less what it delegates, as a <c>Sends</c> entry's subtree (decision 0612).</summary>
    public string OwnPart => Except.Length == 0 ? Serves : $"{Serves}!{Except}";

    /// <summary>This deployment's own settings: app id, <c>Linkage:Serves</c> (empty = all) and signing key.</summary>
    public void Configure(Dictionary<string, string?> settings)
    {
        settings["Linkage:Federation:AppId"] = AppId;
        settings["Linkage:Serves"] = Serves.Length == 0 ? null : Serves;
        settings["Linkage:Federation:Signing:ActiveKeyId"] = KeyId;
        settings[$"Linkage:Federation:Signing:Keys:{KeyId}"] = Convert.ToBase64String(PrivateKey);
    }

    /// <summary>Lets a receiving deployment accept this one's events for what it serves: the <c>Sends</c> entries
    /// <paramref name="sends"/> gives this deployment (see <see cref="TierEvents"/>), or any type when null (decisions 0548, 0612).</summary>
    public void TrustedBy(Dictionary<string, string?> settings, Func<FederationIdentity, IEnumerable<string>>? sends = null)
    {
        settings[$"Linkage:Federation:Trust:{AppId}:Keys:{KeyId}"] = Convert.ToBase64String(Sm2.PublicKeyOf(PrivateKey));
        if (Serves.Length > 0) settings[$"Linkage:Federation:Trust:{AppId}:Speaks"] = Serves;
        if (sends is not null) settings[$"Linkage:Federation:Trust:{AppId}:Sends"] = string.Join(',', sends(this));
    }

    /// <summary><paramref name="e"/> signed as this deployment signs what it publishes: a round of one (decision 0721).</summary>
    public FederationEvent Sign(FederationEvent e) =>
        FederationSigner.SignRound([e], AppId, KeyId, content => Sm2.Sign(PrivateKey, content))[0];
}
