namespace Linkage.Bench.Ratings;

/// <summary>What the public asks of the published figures: the province, its nine cities and a county of each, by the
/// four published dimensions, mostly for the seeded month and some for the months beside it. The callers take them in
/// turn, so a run reads every one many times, as residents and newspapers would once a month has closed.</summary>
public static class FiguresPaths
{
    public static IReadOnlyList<string> All(string province)
    {
        var regions = new List<string> { province };
        for (var city = 1; city <= 9; city++)
        {
            regions.Add($"35{city:00}00000000");
            regions.Add($"35{city:00}{20 + city:00}000000"); // the seed's counties are 21–29
        }
        var month = MonthOfRatings.Month;
        var paths = (from region in regions
                     from dimension in new[] { "unit", "window", "matter", "region" }
                     select Path(region, month, dimension)).ToList();
        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", null);
        paths.Add(Path(province, $"{first.AddMonths(-1):yyyy-MM}", "unit"));
        paths.Add(Path(province, $"{first.AddMonths(1):yyyy-MM}", "unit"));
        return paths;
    }

    public static string Path(string division, string month, string by) =>
        $"/api/ratings/satisfaction/monthly?division={division}&month={month}&by={by}";
}
