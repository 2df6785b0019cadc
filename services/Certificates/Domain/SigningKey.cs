namespace Linkage.Certificates.Domain;

/// <summary>An issuing org unit's SM2 key pair. One is active per org unit (it signs new licences); a rotated key
/// is retired but stays published, so whatever it signed still verifies. The private key is stored only encrypted
/// and never leaves the module.</summary>
public sealed class SigningKey
{
    private SigningKey() { }

    public string Id { get; private set; } = "";
    public string OrgUnitId { get; private set; } = "";
    public string Division { get; private set; } = "";
    public byte[] PublicKey { get; private set; } = [];
    public byte[] EncryptedPrivateKey { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RetiredAt { get; private set; }

    public bool IsActive => RetiredAt is null;

    /// <summary>Another deployment's key, known here by its public half only because it sealed a licence kept here
    /// for a station (decision 0625): retired from the start, so it never signs here, and verifies that licence.</summary>
    public static SigningKey PublicOnly(string id, string orgUnitId, string division, byte[] publicKey, DateTimeOffset now) => new()
    {
        Id = id, OrgUnitId = orgUnitId, Division = division, PublicKey = publicKey, EncryptedPrivateKey = [], CreatedAt = now, RetiredAt = now,
    };
}
