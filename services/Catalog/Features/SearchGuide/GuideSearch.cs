namespace Linkage.Catalog.Features.SearchGuide;

/// <summary>The words of <c>q</c> (split on white space); every word must occur, ignoring case, in the matter's name,
/// one of its everyday names (俗称) or the name of a licence it produces.</summary>
public sealed record GuideSearch(IReadOnlyList<string> Words)
{
    public const int MaxLength = 50;

    public bool Any => Words.Count > 0;

    public static GuideSearch Parse(string? q) => new((q ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
