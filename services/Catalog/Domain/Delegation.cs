namespace Linkage.Catalog.Domain;

/// <summary>委托下放: an upper unit hands a matter to a unit below it, which gets its own entry inheriting the upper
/// one. Recorded with who and when; revoking withdraws the lower entry, and resolution falls back to the upper unit.</summary>
public sealed class Delegation
{
    private Delegation() { }

    public Guid Id { get; private set; }
    public string MatterCode { get; private set; } = "";
    public string FromImplementationCode { get; private set; } = "";
    public string ToOrgUnitId { get; private set; } = "";
    public string ImplementationCode { get; private set; } = "";
    public DateTimeOffset DelegatedAt { get; private set; }
    public string DelegatedBy { get; private set; } = "";
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevokedBy { get; private set; }

    public static Delegation Record(string matterCode, string from, string toOrgUnitId, string code, DateTimeOffset at, string by) => new()
    {
        Id = Guid.CreateVersion7(), MatterCode = matterCode, FromImplementationCode = from, ToOrgUnitId = toOrgUnitId,
        ImplementationCode = code, DelegatedAt = at, DelegatedBy = by,
    };

    public void Revoke(DateTimeOffset at, string by) => (RevokedAt, RevokedBy) = (at, by);
}
