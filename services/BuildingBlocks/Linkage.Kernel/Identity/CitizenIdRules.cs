using System.Globalization;

namespace Linkage.Kernel;

/// <summary>GB 11643 checks: 17 digits + check character, embedded birth date.</summary>
internal static class CitizenIdRules
{
    public const int Length = 18;
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";
    private static readonly DateOnly Earliest = new(1900, 1, 1);

    public static char CheckCharFor(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckChars[sum % 11];
    }

    public static string? Check(string s, DateOnly today, out DateOnly birthDate)
    {
        birthDate = default;
        if (s.Length != Length) return $"A citizen ID number has 18 characters; this one has {s.Length}.";
        if (s.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9'))
            return "The first 17 characters of a citizen ID number must be digits.";
        if (!char.IsAsciiDigit(s[17]) && s[17] != 'X') return "The last character of a citizen ID number must be a digit or X.";
        if (CheckCharFor(s) != s[17]) return "The citizen ID number's check character does not match (GB 11643).";
        if (!DateOnly.TryParseExact(s.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate))
            return "The citizen ID number does not contain a real birth date.";
        if (birthDate > today) return "The citizen ID number's birth date is in the future.";
        if (birthDate < Earliest) return "The citizen ID number's birth date is before 1900.";
        return null;
    }
}
