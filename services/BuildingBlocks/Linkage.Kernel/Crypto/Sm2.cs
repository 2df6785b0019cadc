using Org.BouncyCastle.Asn1.GM;
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

    public static byte[] Sign(byte[] privateKey, byte[] content)
    {
        var signer = new SM2Signer(PlainDsaEncoding.Instance);
        var key = new ECPrivateKeyParameters(new BigInteger(1, privateKey), Domain);
        signer.Init(true, new ParametersWithID(new ParametersWithRandom(key, new SecureRandom()), System.Text.Encoding.ASCII.GetBytes(UserId)));
        signer.BlockUpdate(content, 0, content.Length);
        return signer.GenerateSignature();
    }

    public static bool Verify(byte[] publicKey, byte[] content, byte[] signature)
    {
        try
        {
            var signer = new SM2Signer(PlainDsaEncoding.Instance);
            var key = new ECPublicKeyParameters(Domain.Curve.DecodePoint(publicKey), Domain);
            signer.Init(false, new ParametersWithID(key, System.Text.Encoding.ASCII.GetBytes(UserId)));
            signer.BlockUpdate(content, 0, content.Length);
            return signer.VerifySignature(signature);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return false;
        }
    }

    private static ECDomainParameters CreateDomain()
    {
        var curve = GMNamedCurves.GetByName(Curve);
        return new ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H, curve.GetSeed());
    }
}
