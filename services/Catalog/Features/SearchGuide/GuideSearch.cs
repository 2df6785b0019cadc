namespace Linkage.Catalog.Features.SearchGuide;

/// <summary>The words of <c>q</c> (split on white space); every word must match the matter's name, one of its
/// everyday names (俗称) or the name of the licence it produces, anywhere (ILIKE '%word%').</summary>
public sealed record GuideSearch(IReadOnlyList<string> Patterns)
{
    public const int MaxLength = 50;

    public static GuideSearch Parse(string? q) =>
        new((q ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Contains).ToList());

    private static string Contains(string word) =>
        "%" + word.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
}
