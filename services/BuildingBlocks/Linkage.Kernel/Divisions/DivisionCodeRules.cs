namespace Linkage.Kernel;

/// <summary>Validation of a 12-digit division code, returning the level or an error message.</summary>
internal static class DivisionCodeRules
{
    public static string? Check(string s, out DivisionLevel level)
    {
        level = default;
        if (s.Length != DivisionSegments.Length || !s.All(char.IsAsciiDigit))
            return $"A division code is 12 ASCII digits; '{s}' is not.";
        var province = (s[0] - '0') * 10 + (s[1] - '0');
        if (province is < 11 or > 82)
            return $"Division code {s} does not start with a province code (11–82).";

        level = DivisionLevel.Province;
        for (var l = DivisionLevel.City; l <= DivisionLevel.Village; l++)
        {
            if (DivisionSegments.IsZero(s, l)) continue;
            if (level != l - 1 && !IsTownOfCityWithoutCounties(level, l))
                return $"Division code {s} has a {DivisionSegments.Name(l)} segment under a missing {DivisionSegments.Name(l - 1)} segment.";
            level = l;
        }
        return null;
    }

    /// <summary>The one gap that exists in practice: towns directly under a prefecture-level city that has no
    /// counties (不设区的地级市: Dongguan 4419, Zhongshan 4420, Danzhou 4604), e.g. 441900003000.</summary>
    private static bool IsTownOfCityWithoutCounties(DivisionLevel lastNonZero, DivisionLevel current) =>
        current == DivisionLevel.Town && lastNonZero == DivisionLevel.City;
}
