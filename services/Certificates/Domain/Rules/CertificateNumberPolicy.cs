namespace Linkage.Certificates.Domain.Rules;

/// <summary>The printed licence number (证照编号): year of issue + the issuer's 8-digit serial, unique per issuer
/// because the serial is. The identifier (GB/T 36904) is the national key; the number is for people.</summary>
public static class CertificateNumberPolicy
{
    public static string Format(DateOnly issuedOn, long serial) => $"{issuedOn.Year:D4}{serial:D8}";
}
