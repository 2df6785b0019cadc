using Linkage.Kernel.Crypto;

namespace Linkage.Testing;

/// <summary>A deployment's federation identity for a test: app id, serves, and an SM2 signing key made up front, so
/// hosts started one after another can trust each other both ways.</summary>
public sealed record FederationIdentity(string AppId, string Serves, string KeyId, byte[] PrivateKey)
{
    public static FederationIdentity Create(string appId, string serves) =>
        new(appId, serves, $"{appId}-1", Sm2.GenerateKeyPair().PrivateKey);

    /// <summary>This deployment's own settings: app id, <c>Linkage:Serves</c> (empty = all) and signing key.</summary>
    public void Configure(Dictionary<string, string?> settings)
    {
        settings["Linkage:Federation:AppId"] = AppId;
        settings["Linkage:Serves"] = Serves.Length == 0 ? null : Serves;
        settings["Linkage:Federation:Signing:ActiveKeyId"] = KeyId;
        settings[$"Linkage:Federation:Signing:Keys:{KeyId}"] = Convert.ToBase64String(PrivateKey);
    }

    /// <summary>Lets a receiving deployment accept this one's events for what it serves.</summary>
    public void TrustedBy(Dictionary<string, string?> settings)
    {
        settings[$"Linkage:Federation:Trust:{AppId}:Keys:{KeyId}"] = Convert.ToBase64String(Sm2.PublicKeyOf(PrivateKey));
        if (Serves.Length > 0) settings[$"Linkage:Federation:Trust:{AppId}:Speaks"] = Serves;
    }
}
