using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Globalization;

namespace Linkage.Kernel;

/// <summary>办件编号: <c>&lt;12-digit division&gt;-&lt;yyyyMMdd&gt;-&lt;6-digit sequence&gt;</c>,
/// e.g. 330102001001-20261122-000123.</summary>
[JsonConverter(typeof(CaseNumberJsonConverter))]
public readonly record struct CaseNumber : IParsable<CaseNumber>
{
    public const long MaxSequence = 999_999;
    internal const string DateFormat = "yyyyMMdd";

    private readonly string? value;

    private CaseNumber(DivisionCode division, DateOnly date, long sequence)
    {
        (Division, Date, Sequence) = (division, date, sequence);
        value = string.Create(CultureInfo.InvariantCulture, $"{division.Value}-{date.ToString(DateFormat, CultureInfo.InvariantCulture)}-{sequence:D6}");
    }

    public string Value => value ?? "";

    public DivisionCode Division { get; }

    public DateOnly Date { get; }

    public long Sequence { get; }

    public static CaseNumber Create(DivisionCode division, DateOnly date, long sequence)
    {
        if (string.IsNullOrEmpty(division.Value)) throw new ArgumentException("A case number needs a valid division code.", nameof(division));
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        return new CaseNumber(division, date, sequence);
    }

    public static CaseNumber Parse(string s) =>
        TryParse(s, out var number, out var error) ? number : throw new FormatException(error);

    public static bool TryParse([NotNullWhen(true)] string? s, out CaseNumber number, [NotNullWhen(false)] out string? error)
    {
        number = default;
        error = CaseNumberParser.Check(s?.Trim(), out var division, out var date, out var sequence);
        if (error is not null) return false;
        number = new CaseNumber(division, date, sequence);
        return true;
    }

    /// <summary><see cref="IParsable{TSelf}"/>, e.g. for binding route and query parameters.</summary>
    public static CaseNumber Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CaseNumber result) => TryParse(s, out result, out _);

    public override string ToString() => Value;
}
