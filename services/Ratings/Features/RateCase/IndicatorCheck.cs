using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.Shared;
using Linkage.Ratings.Persistence;

namespace Linkage.Ratings.Features.RateCase;

/// <summary>The current version of the indicator set the channel is rated with; every indicator must belong to it.</summary>
public static class IndicatorCheck
{
    public static async Task<IndicatorSet?> SetForAsync(
        RatingsDbContext db, CurrentIndicatorSets sets, string stamp, RatingChannel channel, ValidRating input, FieldErrors errors,
        CancellationToken ct)
    {
        var expected = NationalIndicators.SetFor(channel);
        var code = input.IndicatorSet ?? expected;
        var set = await sets.FindAsync(db, stamp, code, ct);
        if (set is null) { errors.Add("indicatorSet", $"There is no indicator set '{code}'; use online or offline."); return null; }
        if (code != expected) { errors.Add("indicatorSet", $"The {channel.WireName()} channel is rated with the {expected} set."); return null; }
        foreach (var key in input.Indicators.Keys.Where(k => !set.Has(k)))
            errors.Add($"indicators.{key}", $"Not an indicator of the {set.Code} set (version {set.Version}): use {string.Join(", ", set.Keys)}.");
        return errors.Any ? null : set;
    }
}
