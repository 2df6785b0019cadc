namespace Linkage.Contracts.Federation;

/// <summary>A deployment signed the head of one of its audit chains (the last row's seq and hash) with its SM2 key
/// and tells the tier above, which keeps it: a later rewrite of the chain below can no longer match what was signed
/// (docs/decisions/0404). <see cref="Sequence"/> is the head's row (seq), also the envelope's sequence: heads carry
/// their whole state and may arrive in any order. <see cref="Hash"/> and <see cref="Signature"/> are base64.</summary>
public sealed record AuditHeadSigned(
    string Signer,
    string Chain,
    long Sequence,
    string Hash,
    DateTimeOffset SignedAt,
    string KeyId,
    string Signature,
    string OriginDivision)
{
    public const string Type = "linkage.audit.head-signed.v1";
}
