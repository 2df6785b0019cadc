namespace Linkage.Office.Features.Shared;

public static class Texts
{
    /// <summary>Trimmed text of 1 to <paramref name="max"/> characters, or null.</summary>
    public static string? Of(string? text, int max) => text?.Trim() is { Length: > 0 } t && t.Length <= max ? t : null;

    /// <summary>A name as stored: at most <paramref name="max"/> characters.</summary>
    public static string Clip(string text, int max = Domain.OfficeLimits.NameLength) => text.Length <= max ? text : text[..max];
}
