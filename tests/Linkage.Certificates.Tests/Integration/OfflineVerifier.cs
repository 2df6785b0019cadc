using System.Text;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Linkage.Certificates.Tests.Integration;

/// <summary>What a verifier at any tier needs: the published public key (uncompressed SM2 point), the signed
/// content and the seal (r‖s), checked with BouncyCastle alone — none of the module's code.</summary>
public static class OfflineVerifier
{
    public static bool Verify(string publicKeyBase64, string signedContent, byte[] signature)
    {
        var curve = GMNamedCurves.GetByName("sm2p256v1");
        var domain = new ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H);
        var key = new ECPublicKeyParameters(curve.Curve.DecodePoint(Convert.FromBase64String(publicKeyBase64)), domain);
        var signer = new SM2Signer(PlainDsaEncoding.Instance);
        signer.Init(false, new ParametersWithID(key, Encoding.ASCII.GetBytes("1234567812345678")));
        var content = Encoding.UTF8.GetBytes(signedContent);
        signer.BlockUpdate(content, 0, content.Length);
        return signer.VerifySignature(signature);
    }
}
