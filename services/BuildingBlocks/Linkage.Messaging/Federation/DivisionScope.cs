namespace Linkage.Messaging;

/// <summary>The subtrees of the region tree a deployment serves (<c>Linkage:Serves</c>); empty = all of them.
/// A 12-digit code's subtree is its significant prefix: province 2, city 4, county 6, town 9, village 12 digits.</summary>
public sealed class DivisionScope(IReadOnlyList<string> serves)
{
    private readonly string[] prefixes = serves.Select(SignificantPrefix).ToArray();

    public IReadOnlyList<string> Serves { get; } = serves;

    public bool ServesAll => prefixes.Length == 0;

    public bool Covers(string? division) =>
        ServesAll || (IsDivisionCode(division) && prefixes.Any(p => division!.StartsWith(p, StringComparison.Ordinal)));

    public static bool IsDivisionCode(string? code) => code is { Length: 12 } && code.All(char.IsAsciiDigit);

    public static string SignificantPrefix(string code)
    {
        if (!IsDivisionCode(code))
            throw new ArgumentException($"'{code}' is not a 12-digit division code.", nameof(code));
        foreach (var length in (ReadOnlySpan<int>)[2, 4, 6, 9])
            if (code.AsSpan(length).TrimStart('0').IsEmpty) return code[..length];
        return code;
    }
}
