using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.Invitations;
using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Messaging;

public static class RateableCases
{
    /// <summary>The known case, or a new one added to the context (a racing insert fails on the key and is retried).</summary>
    public static async Task<RateableCase> FindOrKnowAsync(RatingsDbContext db, RateableCase fresh, CancellationToken ct)
    {
        var found = await db.Cases.FirstOrDefaultAsync(c => c.Id == fresh.Id, ct);
        if (found is not null) return found;
        db.Cases.Add(fresh);
        return fresh;
    }

    /// <summary>Several cases read into the context in one statement, for <see cref="LoadedOrKnow"/> (a batch, decision 0662).</summary>
    public static Task LoadAsync(RatingsDbContext db, IEnumerable<Guid> caseIds, CancellationToken ct)
    {
        var ids = caseIds.Distinct().ToList();
        return db.Cases.Where(c => ids.Contains(c.Id)).LoadAsync(ct);
    }

    /// <summary>The case <see cref="LoadAsync"/> read or this batch added already, else <paramref name="fresh"/> added.</summary>
    public static RateableCase LoadedOrKnow(RatingsDbContext db, RateableCase fresh)
    {
        if (db.Tracked<RateableCase>(c => c.Id == fresh.Id) is { } loaded) return loaded;
        db.Cases.Add(fresh);
        return fresh;
    }

    /// <summary>办结: the case can be rated from now on; unless <paramref name="invite"/> is false, its one invitation goes
    /// out on the channel where it was handled, open for the rating period from completion.</summary>
    public static async Task CompletedAsync(
        RatingsDbContext db, RatingsSettings settings, RateableCase fresh, DateTimeOffset completedAt, string? channel, bool invite,
        CancellationToken ct)
    {
        var @case = await FindOrKnowAsync(db, fresh, ct);
        @case.Complete(completedAt);
        if (invite)
            await InvitationIssuer.IssueAsync(db, @case, HandledChannel.FromIntake(channel), "system", completedAt.ToUniversalTime(),
                settings.InvitationPeriod, ct);
    }
}
