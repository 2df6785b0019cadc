namespace Linkage.Documents;

/// <summary>Dates as printed on Chinese official documents: 2026年11月22日.</summary>
public static class ChineseDates
{
    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
