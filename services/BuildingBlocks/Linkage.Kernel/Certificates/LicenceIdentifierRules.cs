namespace Linkage.Kernel;

/// <summary>Checks of the parts of a GB/T 36904 licence identifier; each returns an error or null.</summary>
internal static class LicenceIdentifierRules
{
    public const string Prefix = "1.2.156.3005.2.";
    public const int MaxSerialLength = 50;

    public static string? TypeCode(string typeCode)
    {
        if (typeCode.Length != 21 || typeCode.AsSpan(18).ContainsAnyExceptInRange('0', '9'))
            return $"A licence type code is the defining body's 18-character credit code and a 3-digit sequence; '{typeCode}' is not.";
        return CreditCodeRules.Check(typeCode[..18]) is { } error ? $"Licence type code: {error}" : null;
    }

    public static string? IssuerCode(string issuerCode) =>
        CreditCodeRules.Check(issuerCode) is { } error ? $"Licence issuer code: {error}" : null;

    public static string? Serial(string serial) =>
        serial.Length is 0 or > MaxSerialLength || serial.AsSpan().ContainsAnyExcept(Iso7064.Alphanumeric)
            ? $"A licence serial is 1–{MaxSerialLength} digits or upper-case letters; '{serial}' is not."
            : null;

    public static string? Version(int version) =>
        version is < 1 or > 999 ? $"A licence version is 001–999; {version} is not." : null;

    public static string? All(string typeCode, string issuerCode, string serial, int version) =>
        TypeCode(typeCode) ?? IssuerCode(issuerCode) ?? Serial(serial) ?? Version(version);
}
