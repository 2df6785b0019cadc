namespace Linkage.Kernel;

internal static class DivisionHierarchy
{
    /// <summary>City segment used for counties administered directly by the province (xx90xx).</summary>
    private const string ProvinceAdministeredCity = "90";

    public static DivisionCode? ParentOf(DivisionCode code)
    {
        if (code.Level <= DivisionLevel.Province) return null;
        var parent = Zeroed(code.Value, DivisionSegments.Start(code.Level));
        var level = LevelOf(parent);
        if (level == DivisionLevel.City && parent.AsSpan(2, 2).SequenceEqual(ProvinceAdministeredCity))
            (parent, level) = (Zeroed(parent, 2), DivisionLevel.Province);
        return DivisionCode.Trusted(parent, level);
    }

    private static string Zeroed(string code, int from) => code[..from] + new string('0', DivisionSegments.Length - from);

    private static DivisionLevel LevelOf(string code)
    {
        var level = DivisionLevel.Village;
        while (level > DivisionLevel.Province && DivisionSegments.IsZero(code, level)) level--;
        return level;
    }
}
