using Linkage.Certificates.Domain;

namespace Linkage.Certificates.Tests.Unit;

public static class Certificates
{
    public const string TypeCode = "11100000000013338W032";
    public const string Issuer = "11220000013544541J";

    /// <summary>A licence of 陈美华, or of the organisation whose credit code is <paramref name="holderCreditCode"/> (its
    /// masked ID is the code, as intake keeps an organisation applicant).</summary>
    public static Certificate Issue(int validityYears = 5, long serial = 1, DateTimeOffset? issuedAt = null, string? holderCreditCode = null) =>
        Certificate.Issue(
        new ApprovedCase(Guid.NewGuid(), "350926100201-20250901-000001", "000121010000", "食品经营许可", "ou-350926-centre",
            "350926000000", "ou-350926100201-station", holderCreditCode is null
                ? new CertificateHolder("陈美华", "350926********0020", "digest")
                : new CertificateHolder("柘荣县美华食品有限公司", holderCreditCode, "digest"), DateTimeOffset.UtcNow, holderCreditCode),
        new LicenceType(TypeCode, "食品经营许可证", Issuer, validityYears),
        serial,
        issuedAt ?? new DateTimeOffset(2025, 9, 1, 10, 0, 0, TimeSpan.FromHours(8)));
}
