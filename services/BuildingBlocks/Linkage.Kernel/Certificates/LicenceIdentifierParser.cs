using System.Globalization;

namespace Linkage.Kernel;

internal static class LicenceIdentifierParser
{
    public readonly record struct Parts(string TypeCode, string IssuerCode, string Serial, int Version, char Check);

    public static string? Parse(string? s, out Parts parts)
    {
        parts = default;
        if (string.IsNullOrEmpty(s)) return "A licence identifier is required.";
        if (!s.StartsWith(LicenceIdentifierRules.Prefix, StringComparison.Ordinal))
            return $"A licence identifier starts with {LicenceIdentifierRules.Prefix} (GB/T 36904).";
        var p = s[LicenceIdentifierRules.Prefix.Length..].Split('.');
        if (p.Length != 5)
            return "A licence identifier has five parts after the prefix: type code, issuer code, serial, version, check.";
        if (p[3].Length != 3 || p[3].AsSpan().ContainsAnyExceptInRange('0', '9'))
            return $"The version of a licence identifier is 3 digits; '{p[3]}' is not.";
        var version = int.Parse(p[3], CultureInfo.InvariantCulture);
        if (LicenceIdentifierRules.All(p[0], p[1], p[2], version) is { } error) return error;
        if (p[4].Length != 1 || !Iso7064.Alphanumeric.Contains(p[4][0]))
            return $"The check of a licence identifier is one character 0-9 or A-Z; '{p[4]}' is not.";
        parts = new Parts(p[0], p[1], p[2], version, p[4][0]);
        return null;
    }
}
