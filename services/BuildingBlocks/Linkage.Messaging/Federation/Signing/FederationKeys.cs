using System.Security.Cryptography;
using System.Text;
using Linkage.Kernel.Crypto;
using Microsoft.Extensions.Configuration;

namespace Linkage.Messaging;

/// <summary>This deployment's SM2 signing keys (<c>Linkage:Federation:Signing</c>): <c>Keys:{keyId}</c> = base64
/// private key, <c>ActiveKeyId</c> the one that signs; the others are kept so peers can still be told their public
/// halves while events signed with them are in flight. Without configured keys one key is derived from the
/// deployment secret <c>Linkage:PersonalIdKey</c> and the app id (HKDF-SHA256). See docs/decisions/0331.</summary>
public sealed class FederationKeys
{
    private readonly Dictionary<string, byte[]> privateKeys;
    private readonly Sm2SigningKey signingKey;

    public FederationKeys(IConfiguration config, string appId)
    {
        var section = config.GetSection("Linkage:Federation:Signing");
        privateKeys = section.GetSection("Keys").GetChildren()
            .Where(k => k.Value is { Length: > 0 })
            .ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value!), StringComparer.Ordinal);
        if (privateKeys.Count == 0 && config["Linkage:PersonalIdKey"] is { Length: > 0 } secret)
            privateKeys[$"{appId}-derived"] = Derive(Convert.FromBase64String(secret), appId);
        ActiveKeyId = section["ActiveKeyId"] is { Length: > 0 } active ? active
            : privateKeys.Count == 1 ? privateKeys.Keys.Single()
            : throw new InvalidOperationException(
                "Set Linkage:Federation:Signing:ActiveKeyId and Keys, or Linkage:PersonalIdKey to derive a federation signing key.");
        if (!privateKeys.ContainsKey(ActiveKeyId))
            throw new InvalidOperationException($"Linkage:Federation:Signing:Keys has no key '{ActiveKeyId}'.");
        signingKey = new Sm2SigningKey(privateKeys[ActiveKeyId]);
        PublicKeys = privateKeys.ToDictionary(k => k.Key, k => Sm2.PublicKeyOf(k.Value), StringComparer.Ordinal);
    }

    public string ActiveKeyId { get; }

    /// <summary>Public halves by key id, to publish (<c>GET /federation/keys</c>) and to trust oneself.</summary>
    public IReadOnlyDictionary<string, byte[]> PublicKeys { get; }

    public byte[] Sign(byte[] content) => signingKey.Sign(content);

    private static byte[] Derive(byte[] secret, string appId) =>
        Sm2.PrivateKeyFrom(HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 48, info: Encoding.UTF8.GetBytes($"linkage/federation/signing/{appId}")));
}
