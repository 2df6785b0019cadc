using System.Collections.Concurrent;
using Org.BouncyCastle.Crypto.Signers;

namespace Linkage.Kernel.Crypto;

/// <summary>A private key that signs many times (a deployment's federation key): initialised signers are kept and
/// reused, one caller at a time each, so the public point and the Z digest are derived once per signer rather than
/// once per signature (docs/decisions/0566).</summary>
public sealed class Sm2SigningKey(byte[] privateKey)
{
    private readonly ConcurrentBag<SM2Signer> idle = [];

    public byte[] Sign(byte[] content)
    {
        var signer = idle.TryTake(out var kept) ? kept : Sm2.CreateSigner(privateKey);
        signer.BlockUpdate(content, 0, content.Length);
        var signature = signer.GenerateSignature();
        idle.Add(signer); // only after a signature came out whole: GenerateSignature leaves the signer reset for the next
        return signature;
    }
}
