using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Linkage.Kernel;

/// <summary>A 12-digit administrative division code (行政区划代码 / 统计用区划代码), e.g. county 330102000000,
/// town 330102001000. Province 11–82; a non-zero segment may not follow a zero one (330000001000 is refused),
/// except towns directly under a city without counties (441900003000, Dongguan). <c>default</c> is not a valid
/// code: it has an empty value and contains nothing.</summary>
[JsonConverter(typeof(DivisionCodeJsonConverter))]
public readonly record struct DivisionCode : IParsable<DivisionCode>
{
    private readonly string? value;

    private DivisionCode(string value, DivisionLevel level) => (this.value, Level) = (value, level);

    public string Value => value ?? "";

    public DivisionLevel Level { get; }

    /// <summary>The digits up to the end of the level's segment (2, 4, 6, 9 or 12): a subtree is every code
    /// starting with it.</summary>
    public string SignificantPrefix => value is null ? "" : value[..DivisionSegments.End(Level)];

    /// <summary>The nearest enclosing division: the last significant segment zeroed. A province has none.
    /// When that lands on a placeholder city (segment 90, 省直辖县级行政区划, e.g. 429000 above Xiantao 429004)
    /// the parent is the province, because the placeholder runs no service centre.</summary>
    public DivisionCode? Parent => DivisionHierarchy.ParentOf(this);

    /// <summary>True when this is <paramref name="ancestor"/> itself or lies in its subtree.</summary>
    public bool IsWithin(DivisionCode ancestor) =>
        value is not null && ancestor.value is not null && value.StartsWith(ancestor.SignificantPrefix, StringComparison.Ordinal);

    public bool Contains(DivisionCode other) => other.IsWithin(this);

    public static DivisionCode Parse(string s) =>
        TryParse(s, out var code, out var error) ? code : throw new FormatException(error);

    public static bool TryParse([NotNullWhen(true)] string? s, out DivisionCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(s))
        {
            error = "A division code is required.";
            return false;
        }
        s = s.Trim();
        error = DivisionCodeRules.Check(s, out var level);
        if (error is not null) return false;
        code = new DivisionCode(s, level);
        return true;
    }

    /// <summary><see cref="IParsable{TSelf}"/>, e.g. for binding route and query parameters.</summary>
    public static DivisionCode Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DivisionCode result) => TryParse(s, out result, out _);

    public override string ToString() => Value;

    internal static DivisionCode Trusted(string value, DivisionLevel level) => new(value, level);
}
