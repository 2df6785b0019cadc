namespace Linkage.Kernel;

/// <summary>Layout of the 12-digit division code: 2 province + 2 city + 2 county + 3 town + 3 village.</summary>
internal static class DivisionSegments
{
    public const int Length = 12;

    /// <summary>Index just past the end of each level's segment (index 0 unused).</summary>
    private static readonly int[] Ends = [0, 2, 4, 6, 9, 12];

    public static int End(DivisionLevel level) => Ends[(int)level];

    public static int Start(DivisionLevel level) => Ends[(int)level - 1];

    public static bool IsZero(string code, DivisionLevel level) =>
        code.AsSpan(Start(level), End(level) - Start(level)).TrimStart('0').IsEmpty;

    public static string Name(DivisionLevel level) => level.ToString().ToLowerInvariant();
}
