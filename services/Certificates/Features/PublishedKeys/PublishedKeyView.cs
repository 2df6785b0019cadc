using Linkage.Certificates.Domain;
using Linkage.Certificates.Signing;
using Linkage.Kernel.Crypto;

namespace Linkage.Certificates.Features.PublishedKeys;

/// <summary>A public key as published for offline verification: the uncompressed SM2 point in base64, the
/// algorithm parameters, and the period in which it signed (<c>signsUntil</c> absent while it is the active key).</summary>
public sealed record PublishedKeyView(
    string KeyId,
    string OrgUnitId,
    string Algorithm,
    string Curve,
    string UserId,
    string PublicKey,
    DateTimeOffset SignsFrom,
    DateTimeOffset? SignsUntil,
    bool Active)
{
    public static PublishedKeyView From(SigningKey k) => new(
        k.Id, k.OrgUnitId, Sm2.Algorithm, Sm2.Curve, Sm2.UserId, Convert.ToBase64String(k.PublicKey), k.CreatedAt, k.RetiredAt, k.RetiredAt is null);
}
