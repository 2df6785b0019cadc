using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Globalization;

namespace Linkage.Kernel;

/// <summary>An electronic licence identifier (电子证照标识, GB/T 36904):
/// <c>1.2.156.3005.2.&lt;type code&gt;.&lt;issuer code&gt;.&lt;serial&gt;.&lt;version&gt;.&lt;check&gt;</c>.</summary>
[JsonConverter(typeof(LicenceIdentifierJsonConverter))]
public readonly record struct LicenceIdentifier : IParsable<LicenceIdentifier>
{
    private readonly string? value;

    private LicenceIdentifier(string typeCode, string issuerCode, string serial, int version)
    {
        (TypeCode, IssuerCode, Serial, Version) = (typeCode, issuerCode, serial, version);
        var versionText = version.ToString("D3", CultureInfo.InvariantCulture);
        Check = Iso7064.Mod37_36(string.Concat(typeCode, issuerCode, serial, versionText));
        value = $"{LicenceIdentifierRules.Prefix}{typeCode}.{issuerCode}.{serial}.{versionText}.{Check}";
    }

    public string Value => value ?? "";

    /// <summary>The defining body's credit code and a 3-digit sequence (21 characters).</summary>
    public string TypeCode { get; }

    /// <summary>The issuing body's unified social credit code.</summary>
    public string IssuerCode { get; }

    public string Serial { get; }

    public int Version { get; }

    public char Check { get; }

    public static LicenceIdentifier Create(string typeCode, string issuerCode, string serial, int version)
    {
        ArgumentNullException.ThrowIfNull(typeCode);
        ArgumentNullException.ThrowIfNull(issuerCode);
        ArgumentNullException.ThrowIfNull(serial);
        var error = LicenceIdentifierRules.All(typeCode, issuerCode, serial, version);
        return error is null ? new LicenceIdentifier(typeCode, issuerCode, serial, version) : throw new ArgumentException(error);
    }

    public static LicenceIdentifier Create(string typeCode, string issuerCode, long serial, int version)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        return Create(typeCode, issuerCode, serial.ToString(CultureInfo.InvariantCulture), version);
    }

    /// <summary>The same licence re-issued: version + 1, new check character.</summary>
    public LicenceIdentifier NextVersion() => Version < 999
        ? new LicenceIdentifier(TypeCode, IssuerCode, Serial, Version + 1)
        : throw new InvalidOperationException($"Licence {Value} is at the last version (999).");

    public static LicenceIdentifier Parse(string s) =>
        TryParse(s, out var id, out var error) ? id : throw new FormatException(error);

    /// <summary>Accepts lower-case letters and surrounding white space; <see cref="Value"/> is the canonical form.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out LicenceIdentifier id, [NotNullWhen(false)] out string? error)
    {
        id = default;
        error = LicenceIdentifierParser.Parse(s?.Trim().ToUpperInvariant(), out var parts);
        if (error is not null) return false;
        var candidate = new LicenceIdentifier(parts.TypeCode, parts.IssuerCode, parts.Serial, parts.Version);
        if (candidate.Check != parts.Check)
        {
            error = $"The check character of licence identifier {s!.Trim()} is '{parts.Check}'; ISO 7064 MOD 37,36 gives '{candidate.Check}'.";
            return false;
        }
        id = candidate;
        return true;
    }

    /// <summary><see cref="IParsable{TSelf}"/>, e.g. for binding route and query parameters.</summary>
    public static LicenceIdentifier Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out LicenceIdentifier result) => TryParse(s, out result, out _);

    public override string ToString() => Value;
}
