namespace Linkage.Kernel;

/// <summary>ISO 7064 (GB/T 17710) check characters.</summary>
public static class Iso7064
{
    public const string Alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const int M = 36;

    /// <summary>Hybrid system MOD 37,36 over 0-9A-Z (upper case), as GB/T 36904 prescribes for licence identifiers:
    /// P = M; for each character S = (P + value) mod M, with 0 read as M, then P = 2S mod (M + 1); the check
    /// character C makes (P + C) mod M = 1. This reproduces the 'F' of the standard's example
    /// 1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F (the pure MOD 37-2 system would
    /// give '*', which is not even in the alphabet).</summary>
    public static char Mod37_36(ReadOnlySpan<char> data)
    {
        var p = M;
        foreach (var c in data)
        {
            var value = Alphanumeric.IndexOf(c);
            if (value < 0) throw new ArgumentException($"'{c}' is not in the MOD 37,36 alphabet 0-9A-Z.", nameof(data));
            var s = (p + value) % M;
            p = (s == 0 ? M : s) * 2 % (M + 1);
        }
        return Alphanumeric[(M + 1 - p) % M];
    }

    /// <summary>True when the last character is the MOD 37,36 check character of the ones before it.</summary>
    public static bool IsValidMod37_36(ReadOnlySpan<char> dataWithCheck) =>
        dataWithCheck.Length >= 2
        && !dataWithCheck.ContainsAnyExcept(Alphanumeric)
        && Mod37_36(dataWithCheck[..^1]) == dataWithCheck[^1];
}
