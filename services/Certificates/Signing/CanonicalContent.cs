using System.Globalization;
using System.Text;
using Linkage.Certificates.Domain;

namespace Linkage.Certificates.Signing;

/// <summary>What a seal signs: a fixed, documented text any verifier can rebuild from the licence — a format line,
/// then one <c>name=value</c> line per field in this order, UTF-8, "\n" between lines, dates as yyyy-MM-dd, an
/// absent value empty, line breaks inside values replaced by spaces. The status is not signed: it changes (revoked,
/// superseded) while the content stays as issued. A merged licence (one-thing case) then has one line per leg,
/// <c>leg=implementationCode|matterCode|matterName|department,department|approvedAt</c> (approvedAt as ISO 8601 UTC
/// with milliseconds); a licence without legs has none, so its content is the same as before legs existed.</summary>
public static class CanonicalContent
{
    public const string Format = "linkage-certificate/1";

    public static byte[] Of(Certificate c) => Encoding.UTF8.GetBytes(Text(c));

    public static string Text(Certificate c)
    {
        var fields = new (string Name, string? Value)[]
        {
            ("identifier", c.Identifier),
            ("version", c.Version.ToString(CultureInfo.InvariantCulture)),
            ("predecessor", c.PredecessorIdentifier),
            ("typeCode", c.TypeCode),
            ("typeName", c.TypeName),
            ("number", c.Number),
            ("issuerCreditCode", c.IssuerCreditCode),
            ("issuedOn", Date(c.IssuedOn)),
            ("validFrom", Date(c.ValidFrom)),
            ("validUntil", c.ValidUntil is { } until ? Date(until) : null),
            ("holderName", c.Holder.Name),
            ("holderMaskedId", c.Holder.MaskedId),
            ("holderCreditCode", c.HolderCreditCode),
            ("matterCode", c.MatterCode),
            ("matterName", c.MatterName),
            ("caseNumber", c.CaseNumber),
            ("keyId", c.KeyId),
        };
        var text = new StringBuilder(Format);
        foreach (var (name, value) in fields) text.Append('\n').Append(name).Append('=').Append(Clean(value));
        foreach (var leg in c.Legs) text.Append("\nleg=").Append(Clean(Leg(leg)));
        return text.ToString();
    }

    private static string Leg(LicenceLeg l) => string.Join('|', l.ImplementationCode, l.MatterCode, l.MatterName,
        string.Join(',', l.ApprovingDepartments),
        l.ApprovedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Clean(string? value) => value?.Replace('\r', ' ').Replace('\n', ' ') ?? "";
}
