using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Shared;

/// <summary>The return-visit and rectification dates of a bad rating, by the limits in force for the handling region
/// (its own, inherited or locked above, else the configured defaults). The regions' limits are kept per process
/// (decision 0587) and read again when the stamp shows a region wrote its limits since (decision 0638).</summary>
public sealed class RegionDeadlines(RatingsSettings settings)
{
    private Loaded? loaded;

    public async Task<(DateOnly? VisitDue, DateOnly? Deadline)> ForAsync(
        RatingsDbContext db, string stamp, string division, DateOnly ratedOn, CancellationToken ct)
    {
        var limits = (await BookAsync(db, stamp, ct)).For(division);
        return (new RectificationDeadlinePolicy(limits.VisitWorkingDays).DeadlineFor(ratedOn),
            new RectificationDeadlinePolicy(limits.RectificationWorkingDays).DeadlineFor(ratedOn));
    }

    /// <summary>The book as of <paramref name="stamp"/>, read before: rows read after it are at least as new.</summary>
    public async Task<DeadlineBook> BookAsync(RatingsDbContext db, string stamp, CancellationToken ct)
    {
        if (Volatile.Read(ref loaded) is { } hit && hit.Stamp == stamp) return hit.Book;
        var book = new DeadlineBook(await db.RegionDeadlines.AsNoTracking().ToDictionaryAsync(r => r.DivisionPrefix, ct),
            EffectiveDeadlines.Defaults(settings.VisitWorkingDays, settings.RectificationWorkingDays));
        Volatile.Write(ref loaded, new Loaded(stamp, book));
        return book;
    }

    private sealed record Loaded(string Stamp, DeadlineBook Book);
}
