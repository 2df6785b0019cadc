using Linkage.Kernel.Crypto;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace Linkage.Kernel.Tests.Crypto;

/// <summary>SM2 on BouncyCastle's own arithmetic for sm2p256v1 (decision 0760): keys and signatures are those of the
/// generic prime curve of <c>GMNamedCurves</c>, each side verifying the other's, at about a tenth of the memory
/// allocated per signature.</summary>
public sealed class Sm2CurveTests
{
    private static readonly byte[] Id = "1234567812345678"u8.ToArray();
    private static readonly byte[] Content = "柘荣县行政服务中心 certificate"u8.ToArray();

    [Fact]
    public void Signatures_verify_across_the_generic_curve_both_ways()
    {
        var (publicKey, privateKey) = Sm2.GenerateKeyPair();
        var generic = GenericDomain();
        var d = new BigInteger(1, privateKey);

        Assert.Equal(Convert.ToHexString(generic.G.Multiply(d).Normalize().GetEncoded(false)), Convert.ToHexString(publicKey));
        Assert.True(GenericVerify(generic, publicKey, Sm2.Sign(privateKey, Content)));

        var signer = new SM2Signer(PlainDsaEncoding.Instance);
        signer.Init(true, new ParametersWithID(new ParametersWithRandom(new ECPrivateKeyParameters(d, generic), new SecureRandom()), Id));
        signer.BlockUpdate(Content, 0, Content.Length);
        Assert.True(Sm2.Verify(publicKey, Content, signer.GenerateSignature()));
    }

    [Fact]
    public void A_kept_signer_allocates_a_fraction_of_what_the_generic_curve_did()
    {
        var (_, privateKey) = Sm2.GenerateKeyPair();
        var key = new Sm2SigningKey(privateKey);
        for (var i = 0; i < 20; i++) key.Sign(Content); // the base point's tables, built once

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 50; i++) key.Sign(Content);
        var perSignature = (GC.GetAllocatedBytesForCurrentThread() - before) / 50;

        // about 115 KB on SM2P256V1Curve, about 1,230 KB on the generic FpCurve (decision 0760)
        Assert.InRange(perSignature, 1, 400 * 1024);
    }

    private static ECDomainParameters GenericDomain()
    {
        var x9 = GMNamedCurves.GetByName(Sm2.Curve);
        return new ECDomainParameters(x9.Curve, x9.G, x9.N, x9.H, x9.GetSeed());
    }

    private static bool GenericVerify(ECDomainParameters domain, byte[] publicKey, byte[] signature)
    {
        var verifier = new SM2Signer(PlainDsaEncoding.Instance);
        verifier.Init(false, new ParametersWithID(new ECPublicKeyParameters(domain.Curve.DecodePoint(publicKey), domain), Id));
        verifier.BlockUpdate(Content, 0, Content.Length);
        return verifier.VerifySignature(signature);
    }
}
