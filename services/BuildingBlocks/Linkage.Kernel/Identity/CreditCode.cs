using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Linkage.Kernel;

/// <summary>A unified social credit code (统一社会信用代码, GB 32100), e.g. 91350100M000100Y43.</summary>
[JsonConverter(typeof(CreditCodeJsonConverter))]
public readonly record struct CreditCode : IParsable<CreditCode>
{
    private readonly string? value;

    private CreditCode(string value) => this.value = value;

    public string Value => value ?? "";

    /// <summary>The 6-digit division code of the registering authority (characters 3–8).</summary>
    public string RegistrationDivision => Value.Length == CreditCodeRules.Length ? Value[2..8] : "";

    public static CreditCode Parse(string s) =>
        TryParse(s, out var code, out var error) ? code : throw new FormatException(error);

    public static bool TryParse([NotNullWhen(true)] string? s, out CreditCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(s))
        {
            error = "A unified social credit code is required.";
            return false;
        }
        var normalised = s.Trim().ToUpperInvariant();
        error = CreditCodeRules.Check(normalised);
        if (error is not null) return false;
        code = new CreditCode(normalised);
        return true;
    }

    public static bool IsValid(string? s) => TryParse(s, out _, out _);

    /// <summary><see cref="IParsable{TSelf}"/>, e.g. for binding route and query parameters.</summary>
    public static CreditCode Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CreditCode result) => TryParse(s, out result, out _);

    public override string ToString() => Value;
}
