using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Linkage.Kernel;

/// <summary>A resident identity card number (GB 11643), normalised to an upper-case X.
/// <see cref="ToString"/> gives the masked form so that logging one never leaks the number;
/// use <see cref="Value"/> deliberately. For the same reason it is serialised to JSON masked. Not
/// <see cref="IParsable{TSelf}"/> on purpose: ID numbers do not belong in routes or query strings.</summary>
[JsonConverter(typeof(CitizenIdJsonConverter))]
public readonly record struct CitizenId
{
    private readonly string? value;

    private CitizenId(string value, DateOnly birthDate) => (this.value, BirthDate) = (value, birthDate);

    public string Value => value ?? "";

    public DateOnly BirthDate { get; }

    /// <summary>The 6-digit address code where the number was first issued.</summary>
    public string AddressCode => Value.Length == CitizenIdRules.Length ? Value[..6] : "";

    public string Masked => Mask.IdNumber(value);

    /// <param name="today">The date birth dates are checked against; default: today in China.</param>
    public static CitizenId Parse(string s, DateOnly? today = null) =>
        TryParse(s, out var id, out var error, today) ? id : throw new FormatException(error);

    public static bool TryParse([NotNullWhen(true)] string? s, out CitizenId id, [NotNullWhen(false)] out string? error,
        DateOnly? today = null)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(s))
        {
            error = "A citizen ID number is required.";
            return false;
        }
        var normalised = s.Trim().ToUpperInvariant();
        error = CitizenIdRules.Check(normalised, today ?? ChinaTime.Today(TimeProvider.System), out var birthDate);
        if (error is not null) return false;
        id = new CitizenId(normalised, birthDate);
        return true;
    }

    public override string ToString() => Masked;
}
