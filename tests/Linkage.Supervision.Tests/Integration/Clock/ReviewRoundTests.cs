using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Intake;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linkage.Supervision.Tests.ApprovalEvents;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>The reviews opened waiting on supervision's queue are applied together (decision 0805): each case's steps,
/// next check, timeline entry and tallies once, a message delivered twice once, and a review that overtook its case's
/// acceptance waits alone and lands once the acceptance is there.</summary>
public sealed class ReviewRoundTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    [Fact]
    public async Task Reviews_published_at_once_are_each_applied_once_and_one_ahead_of_its_acceptance_waits_for_it()
    {
        var matter = $"review-{Guid.NewGuid():N}"[..30];
        var cases = Enumerable.Range(0, 5).Select(_ => Accepted(D(1), 20) with { MatterCode = matter }).ToArray();
        await fixture.DeliverAsync(cases[..4]); // the fifth's acceptance comes after its review
        await fixture.SweepAsync(D(2)); // the four are looked at next on their warning day, after the steps' first
        var opened = cases.Select(c => Opened(c, (Department("a"), D(5)), (Department("b"), D(8)))).ToArray();
        var ids = opened.Select(_ => Guid.NewGuid()).ToArray();

        for (var i = 0; i < opened.Length; i++) await fixture.PublishAsync(opened[i], ids[i]);
        await fixture.PublishAsync(opened[0], ids[0]); // the same message again
        var taken = $"SELECT count(*) FROM supervision.inbox_messages WHERE message_id IN ('{string.Join("','", ids)}')";
        await fixture.Host.Eventually(async () => await fixture.CountAsync(taken) == 4, TimeSpan.FromSeconds(60));
        await fixture.DeliverAsync(cases[4]);
        await fixture.Host.Eventually(async () => await fixture.CountAsync(taken) == 5, TimeSpan.FromSeconds(120));

        var caseIds = string.Join("','", cases.Select(c => c.CaseId));
        Assert.Equal(5, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.timeline_entries WHERE \"Kind\" = 'ReviewOpened' AND \"CaseId\" IN ('{caseIds}')"));
        var steps = new List<long>();
        foreach (var c in cases) steps.Add(await fixture.CountAsync($"SELECT count(*) FROM supervision.steps WHERE \"CaseId\" = '{c.CaseId}'"));
        Assert.Equal([2, 2, 2, 2, 2], steps);
        Assert.Equal(10, await fixture.CountAsync($"""
            SELECT coalesce(sum(n), 0)::bigint FROM (
                SELECT "Received" AS n FROM supervision.count_deltas WHERE "MatterCode" = '{matter}' AND "DepartmentId" <> ''
                UNION ALL SELECT "Received" FROM supervision.daily_counts WHERE "MatterCode" = '{matter}' AND "DepartmentId" <> '') t
            """)); // each task received once on its department's row
        foreach (var c in cases[..4]) Assert.Equal(D(6), await fixture.NextCheckOnAsync(c.CaseId)); // the day after the first step's deadline
    }

    [Fact]
    public async Task A_rounds_statement_puts_each_task_in_once_under_its_latest_deadline_and_returns_only_watched_cases()
    {
        var (watched, unwatched) = (Accepted(D(1), 20), Accepted(D(1), 20));
        await fixture.DeliverAsync(watched);
        await fixture.SweepAsync(D(2)); // looked at next on its warning day, after the steps' first
        var task = Guid.NewGuid();
        var (a, b) = (Department("a"), Department("b"));
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();

        var cases = await ApprovalFacts.OpenedAsync(db, [
            (watched.CaseId, [(task, a, D(4)), (Guid.NewGuid(), b, D(12))]),
            (unwatched.CaseId, [(Guid.NewGuid(), a, D(3))]),
            (watched.CaseId, [(task, a, D(11))]), // the same task again, later: one row, the later deadline
        ], CancellationToken.None);

        var read = Assert.Single(cases.Values);
        Assert.Equal(watched.CaseId, read.Id);
        Assert.Equal([(a, D(11)), (b, D(12))], read.Steps.OrderBy(s => s.DepartmentId).Select(s => (s.DepartmentId, s.Deadline)));
        Assert.Equal(D(5), read.NextCheckOn); // the day after the earliest deadline of the reviews, as the domain would move it
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM supervision.steps WHERE \"CaseId\" = '{unwatched.CaseId}'"));
    }

    private static string Department(string tag) => $"dept-{tag}-{Guid.NewGuid():N}"[..20];

    private static DateOnly D(int day) => new(2025, 9, day);
}
