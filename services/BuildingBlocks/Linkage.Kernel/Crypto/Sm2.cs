using System.Collections.Concurrent;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace Linkage.Kernel.Crypto;

/// <summary>SM2 signatures over SM3 (GB/T 32918, GB/T 32905) on curve sm2p256v1, with BouncyCastle. Public keys
/// travel as the uncompressed point (65 bytes, 04‖X‖Y), private keys as the 32-byte scalar, signatures as r‖s
/// (64 bytes), with the default user id <c>1234567812345678</c> (GM/T 0009).</summary>
public static class Sm2
{
    public const string Algorithm = "SM2-with-SM3";
    public const string Curve = "sm2p256v1";
    public const string UserId = "1234567812345678";

    private static readonly ECDomainParameters Domain = CreateDomain();

    public static (byte[] PublicKey, byte[] PrivateKey) GenerateKeyPair()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Domain, new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        var publicKey = ((ECPublicKeyParameters)pair.Public).Q.GetEncoded(false);
        var privateKey = ((ECPrivateKeyParameters)pair.Private).D.ToByteArrayUnsigned();
        return (publicKey, privateKey);
    }

    /// <summary>The public key (04‖X‖Y) of a private scalar.</summary>
    public static byte[] PublicKeyOf(byte[] privateKey) =>
        Domain.G.Multiply(new BigInteger(1, privateKey)).Normalize().GetEncoded(false);

    /// <summary>A private scalar in [1, n-1] derived from at least 32 bytes of secret key material.</summary>
    public static byte[] PrivateKeyFrom(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < 32) throw new ArgumentException("At least 32 bytes of key material are needed.", nameof(secret));
        var d = new BigInteger(1, secret.ToArray()).Mod(Domain.N.Subtract(BigInteger.One)).Add(BigInteger.One);
        return d.ToByteArrayUnsigned();
    }

    /// <summary>Signs once; a key that signs often is an <see cref="Sm2SigningKey"/>.</summary>
    public static byte[] Sign(byte[] privateKey, byte[] content)
    {
        var signer = CreateSigner(privateKey);
        signer.BlockUpdate(content, 0, content.Length);
        return signer.GenerateSignature();
    }

    /// <summary>A signer initialised with <paramref name="privateKey"/>: Init derives the public point (a base-point
    /// multiplication) and the Z digest, the bigger part of a signature's cost.</summary>
    internal static SM2Signer CreateSigner(byte[] privateKey)
    {
        var signer = new SM2Signer(PlainDsaEncoding.Instance);
        var key = new ECPrivateKeyParameters(new BigInteger(1, privateKey), Domain);
        signer.Init(true, new ParametersWithID(new ParametersWithRandom(key, new SecureRandom()), System.Text.Encoding.ASCII.GetBytes(UserId)));
        return signer;
    }

    public static bool Verify(byte[] publicKey, byte[] content, byte[] signature)
    {
        try
        {
            var signer = new SM2Signer(PlainDsaEncoding.Instance);
            signer.Init(false, new ParametersWithID(Decoded(publicKey), System.Text.Encoding.ASCII.GetBytes(UserId)));
            signer.BlockUpdate(content, 0, content.Length);
            return signer.VerifySignature(signature);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return false;
        }
    }

    // BouncyCastle keeps a point's multiplication tables on the point instance: a decoded key kept and reused verifies in
    // about a third of the time of one decoded per call (docs/decisions/0566). Bounded: verifiers meet few keys.
    private static readonly ConcurrentDictionary<string, ECPublicKeyParameters> PublicKeys = new(StringComparer.Ordinal);
    private const int MaxCachedPublicKeys = 1024;

    private static ECPublicKeyParameters Decoded(byte[] publicKey)
    {
        var id = Convert.ToHexString(publicKey);
        if (PublicKeys.TryGetValue(id, out var cached)) return cached;
        var key = new ECPublicKeyParameters(Domain.Curve.DecodePoint(publicKey), Domain);
        if (PublicKeys.Count < MaxCachedPublicKeys) PublicKeys.TryAdd(id, key);
        return key;
    }

    /// <summary>The curve's parameters with BouncyCastle's own arithmetic for it (<c>SM2P256V1Curve</c>, fixed 256-bit
    /// words): the same points, keys and signatures as <c>GMNamedCurves</c>' generic prime curve, about a tenth of the
    /// memory allocated per signature and per verification (decision 0760).</summary>
    private static ECDomainParameters CreateDomain()
    {
        var curve = CustomNamedCurves.GetByName(Curve);
        return new ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H, curve.GetSeed());
    }
}
