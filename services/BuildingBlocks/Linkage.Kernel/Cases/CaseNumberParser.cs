using System.Globalization;

namespace Linkage.Kernel;

internal static class CaseNumberParser
{
    private const int Length = 12 + 1 + 8 + 1 + 6;

    public static string? Check(string? s, out DivisionCode division, out DateOnly date, out long sequence)
    {
        (division, date, sequence) = (default, default, 0);
        if (string.IsNullOrEmpty(s)) return "A case number is required.";
        if (s.Length != Length || s[12] != '-' || s[21] != '-')
            return $"A case number looks like 330102001001-20261122-000123; '{s}' does not.";
        if (!DivisionCode.TryParse(s[..12], out division, out var divisionError)) return divisionError;
        if (!DateOnly.TryParseExact(s.AsSpan(13, 8), CaseNumber.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return $"'{s[13..21]}' in case number {s} is not a date (yyyyMMdd).";
        var digits = s.AsSpan(22);
        if (!digits.ContainsAnyExceptInRange('0', '9')) sequence = long.Parse(digits, CultureInfo.InvariantCulture);
        return sequence < 1 ? $"The sequence in case number {s} must be 000001–999999." : null;
    }
}
