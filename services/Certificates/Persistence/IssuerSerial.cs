namespace Linkage.Certificates.Persistence;

/// <summary>The last serial an issuer handed out, raised by a group of issuances at a time (<see cref="SerialReservations"/>).</summary>
public sealed class IssuerSerial
{
    private IssuerSerial() { }

    public string IssuerCreditCode { get; private set; } = "";
    public long LastSerial { get; private set; }
}
