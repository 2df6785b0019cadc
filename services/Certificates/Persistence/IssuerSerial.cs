namespace Linkage.Certificates.Persistence;

/// <summary>The last serial an issuer handed out. Taken with an upsert that locks the row until commit.</summary>
public sealed class IssuerSerial
{
    private IssuerSerial() { }

    public string IssuerCreditCode { get; private set; } = "";
    public long LastSerial { get; private set; }
}
