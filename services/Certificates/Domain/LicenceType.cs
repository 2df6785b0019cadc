namespace Linkage.Certificates.Domain;

/// <summary>What the implementation entry says the matter produces: the licence type (defining body's credit
/// code + 3-digit sequence), its name, the issuer and how many years it is valid (0 = no expiry).</summary>
public sealed record LicenceType(string TypeCode, string TypeName, string IssuerCreditCode, int ValidityYears);
