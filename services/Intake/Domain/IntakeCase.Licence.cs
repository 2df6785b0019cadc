namespace Linkage.Intake.Domain;

/// <summary>The licence issued for the case, as this deployment knows it: its identifier (a re-issue replaces it) and
/// its revocation by the issuer (decision 0626). The two reach a station's deployment by different paths (the
/// identifier with the county's case events, the revocation with the licence's copy), so each is kept apart and
/// neither undoes the other, whichever comes first.</summary>
public sealed partial class IntakeCase
{
    /// <summary>The identifier of the licence issued for the case (证照标识), at the competent unit and at the station.</summary>
    public string? CertificateIdentifier { get; private set; }

    /// <summary>撤销: the identifier of the case's licence that its issuer revoked, why and when; null while none was.</summary>
    public string? RevokedCertificateIdentifier { get; private set; }
    public string? CertificateRevocationReason { get; private set; }
    public DateTimeOffset? CertificateRevokedAt { get; private set; }

    /// <summary>已领取: the licence handed over (or mailed), when, recorded by whom, and who collected it: only the
    /// collector's masked ID, and a company's collector's name and authorisation letter (decisions 0658, 0659).</summary>
    public CertificateHandOver? HandOver { get; private set; }

    /// <summary>A licence was issued for the case; false when it already had this identifier.</summary>
    public bool RecordCertificate(string identifier)
    {
        if (CertificateIdentifier == identifier) return false;
        CertificateIdentifier = identifier;
        return true;
    }

    /// <summary>The issuer revoked the case's licence <paramref name="identifier"/>; false when that was known already.</summary>
    public bool RecordRevocation(string identifier, string reason, DateTimeOffset at)
    {
        if (RevokedCertificateIdentifier == identifier) return false;
        (RevokedCertificateIdentifier, CertificateRevocationReason, CertificateRevokedAt) = (identifier, reason, at);
        return true;
    }

    /// <summary>The case's licence <paramref name="handOver"/> names was delivered; false when that was known already.</summary>
    public bool RecordHandOver(CertificateHandOver handOver)
    {
        if (HandOver?.Identifier == handOver.Identifier) return false;
        HandOver = handOver;
        return true;
    }

    /// <summary>The licence the case shows is the one revoked (a re-issue after it would show a valid one).</summary>
    public bool CertificateRevoked => CertificateIdentifier is not null && CertificateIdentifier == RevokedCertificateIdentifier;
}

/// <summary>One licence's delivery as the case records it (decision 0658).</summary>
public sealed record CertificateHandOver(string Identifier, string Method, DateTimeOffset At, string? By, string? ByName,
    string? RecipientMaskedId, string? RecipientName, string? AuthorisationLetter);
