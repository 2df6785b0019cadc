namespace Linkage.Kernel;

/// <summary>GB 32100 checks: alphabet without I O S V Z, 6-digit division in positions 3–8, weighted mod-31 check.</summary>
internal static class CreditCodeRules
{
    public const int Length = 18;
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static char CheckCharFor(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++) sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        return Alphabet[(31 - sum % 31) % 31];
    }

    public static string? Check(string s)
    {
        if (s.Length != Length) return $"A unified social credit code has 18 characters; this one has {s.Length}.";
        var bad = s.AsSpan().IndexOfAnyExcept(Alphabet);
        if (bad >= 0) return $"'{s[bad]}' cannot appear in a unified social credit code (I, O, S, V and Z are never used).";
        if (s.AsSpan(2, 6).ContainsAnyExceptInRange('0', '9'))
            return "Characters 3–8 of a unified social credit code are the registering authority's division code: digits.";
        if (CheckCharFor(s) != s[17]) return $"The check character ('{s[17]}') of this unified social credit code does not match its first 17 (GB 32100).";
        return null;
    }
}
