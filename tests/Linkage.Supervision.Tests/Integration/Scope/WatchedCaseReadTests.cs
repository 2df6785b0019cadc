using Linkage.Messaging;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.Extensions.DependencyInjection;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>Decision 0770: an approval event reads its watched case with a query compiled once per process. The case is
/// tracked with its owned steps and timeline (the handler changes it and saves), one instance per context; a case not watched yet is an event that overtook
/// its acceptance, as before.</summary>
public sealed class WatchedCaseReadTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    [Fact]
    public async Task A_watched_case_is_read_tracked_and_an_unwatched_one_is_overtaken()
    {
        var accepted = Accepted(new DateOnly(2025, 9, 2), 20);
        await fixture.DeliverAsync(accepted);
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();

        var watched = await ApprovalFacts.WatchedAsync(db, accepted.CaseId, CancellationToken.None);

        Assert.Equal((accepted.CaseId, accepted.CaseNumber), (watched.Id, watched.CaseNumber));
        Assert.Single(watched.Timeline); // its owned rows come with it: the acceptance's timeline entry
        Assert.Contains(db.ChangeTracker.Entries(), e => ReferenceEquals(e.Entity, watched));
        Assert.Same(watched, await ApprovalFacts.WatchedAsync(db, accepted.CaseId, CancellationToken.None));
        await Assert.ThrowsAsync<EventOvertakenException>(() => ApprovalFacts.WatchedAsync(db, Guid.CreateVersion7(), CancellationToken.None));
    }
}
