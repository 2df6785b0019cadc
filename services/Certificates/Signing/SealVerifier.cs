using Linkage.Certificates.Domain;
using Linkage.Certificates.Persistence;
using Linkage.Kernel.Crypto;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Linkage.Certificates.Signing;

/// <summary>Checks a licence's seal against the published key that made it. Keys and signed content never change,
/// so public keys and the verdict on a stored seal are cached; only the status is read fresh.</summary>
public sealed class SealVerifier(CertificatesDbContext db, IMemoryCache cache)
{
    public async Task<bool> VerifyAsync(Certificate c, CancellationToken ct) =>
        c.Signature is { } stored && await VerifyAsync(c, stored, ct);

    public async Task<bool> VerifyAsync(Certificate c, byte[] signature, CancellationToken ct)
    {
        if (c.KeyId is null) return false;
        var stored = c.Signature is { } s && s.AsSpan().SequenceEqual(signature);
        var verdictKey = ("certificates-seal", c.Id, c.KeyId);
        if (stored && cache.TryGetValue(verdictKey, out bool known)) return known;

        var publicKey = await PublicKeyAsync(c.KeyId, ct);
        var valid = publicKey is not null && Sm2.Verify(publicKey, CanonicalContent.Of(c), signature);
        if (stored) cache.Set(verdictKey, valid, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return valid;
    }

    private async Task<byte[]?> PublicKeyAsync(string keyId, CancellationToken ct)
    {
        var cacheKey = ("certificates-public-key", keyId);
        if (cache.TryGetValue(cacheKey, out byte[]? known)) return known;
        var found = await db.SigningKeys.AsNoTracking().Where(k => k.Id == keyId).Select(k => k.PublicKey).FirstOrDefaultAsync(ct);
        return found is null ? null : cache.Set(cacheKey, found, new MemoryCacheEntryOptions { Size = 1 });
    }
}
