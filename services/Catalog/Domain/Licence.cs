namespace Linkage.Catalog.Domain;

/// <summary>The electronic licence (电子证照) a decision produces. Type code = defining body's credit code + 3-digit
/// sequence (GB/T 36904); issuer = the agency's credit code; 0 years = no expiry.</summary>
public sealed record Licence(bool Produces, string? TypeCode, string? TypeName, string? IssuerCreditCode, int ValidityYears)
{
    public const int TypeCodeLength = 21;

    public static Licence None { get; } = new(false, null, null, null, 0);

    public static Licence Of(string typeCode, string typeName, string issuerCreditCode, int validityYears) =>
        new(true, typeCode, typeName, issuerCreditCode, validityYears);
}
