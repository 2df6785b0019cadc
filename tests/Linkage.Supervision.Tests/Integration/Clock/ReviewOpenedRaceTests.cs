using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Intake;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Linkage.Supervision.Tests.ApprovalEvents;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>ReviewOpened applies in one batch without locking the case (decision 0644). A deadline sweep that claimed
/// the case and read it before the review's steps existed writes a next check that knows nothing of them; the review
/// must still be looked at by the pass on the day its step can first be late (0782), as the case lock of 0525 ensured. Run in the case's turns in the host
/// (0755) and with them off, where the deliveries meet on the row locks alone, as in a split deployment's processes.</summary>
public abstract class ReviewOpenedRaceTests(SupervisionHostFixture fixture)
{
    private const string Town = "350926104000";

    [Fact]
    public async Task A_review_opened_while_a_sweep_holds_the_case_is_looked_at_the_day_after_its_step_deadline()
    {
        var (accepted, department, opened) = await AcceptedForReviewAsync(D(5));
        await fixture.SweepAsync(D(2));
        Assert.True(await fixture.NextCheckOnAsync(accepted.CaseId) > D(9), "the case alone is not looked at before its warning day");

        await using (var sweep = new NpgsqlConnection(fixture.Host.ConnectionString))
        {
            await sweep.OpenAsync();
            await using var tx = await sweep.BeginTransactionAsync();
            var holder = await SupervisionHostFixture.ScalarAsync<int>(sweep, tx, "SELECT pg_backend_pid()");
            await SupervisionHostFixture.ScalarAsync<int>(sweep, tx, $"""SELECT 1 FROM supervision.cases WHERE "Id" = '{accepted.CaseId}' FOR NO KEY UPDATE""");
            var messageId = Guid.NewGuid();
            await fixture.PublishAsync(opened, messageId);
            await fixture.Host.Eventually(async () =>
                await fixture.CountAsync($"SELECT count(*) FROM pg_stat_activity WHERE {holder} = ANY(pg_blocking_pids(pid))") > 0);
            // the sweep's next check, worked out from what it read before the review's step was there
            await SupervisionHostFixture.ScalarAsync<int>(sweep, tx, $"""
                WITH u AS (UPDATE supervision.cases SET "NextCheckOn" = DATE '2025-09-26' WHERE "Id" = '{accepted.CaseId}' RETURNING 1)
                SELECT count(*)::int FROM u
                """);
            await tx.CommitAsync();
            await fixture.Host.Eventually(async () => await fixture.CountAsync(
                $"SELECT count(*) FROM supervision.inbox_messages WHERE message_id = '{messageId}'") == 1);
        }

        Assert.Equal(D(6), await fixture.NextCheckOnAsync(accepted.CaseId)); // the day after the step's deadline (0782)
        await fixture.SweepAsync(D(5));
        Assert.Empty(await fixture.OpenAlarmsAsync(accepted.CaseId));
        await fixture.SweepAsync(D(9));
        var alarm = Assert.Single(await fixture.OpenAlarmsAsync(accepted.CaseId));
        Assert.Equal(("step-deadline", department), (alarm.GetProperty("kind").GetString(), alarm.GetProperty("departmentId").GetString()));
    }

    [Fact]
    public async Task A_review_opened_after_its_decision_keeps_the_decision_and_moves_the_step_to_the_review_deadline()
    {
        var (accepted, department, opened) = await AcceptedForReviewAsync(D(12));
        await fixture.DeliverAsync(Decided(opened, department, D(3))); // overtook the review: its step is due on Sep 3
        await fixture.DeliverAsync(opened);

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var step = Assert.Single(await db.Cases.AsNoTracking().Where(c => c.Id == accepted.CaseId).SelectMany(c => c.Steps).ToListAsync());
        Assert.Equal((D(12), "approved"), (step.Deadline, step.Decision));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.timeline_entries WHERE \"CaseId\" = '{accepted.CaseId}' AND \"Kind\" = 'ReviewOpened'"));
        Assert.Equal(SupervisedCase.CheckNow, await fixture.NextCheckOnAsync(accepted.CaseId));
    }

    /// <summary>A case accepted on Sep 1 (20 working days) and the review of one new department's task due on <paramref name="deadline"/>.</summary>
    private async Task<(CaseAccepted Accepted, string Department, ReviewOpened Opened)> AcceptedForReviewAsync(DateOnly deadline)
    {
        var accepted = Accepted(D(1), 20, Town, Town);
        var department = $"dept-{Guid.NewGuid():N}"[..20];
        await fixture.DeliverAsync(accepted);
        return (accepted, department, Opened(accepted, (department, deadline)));
    }

    private static DateOnly D(int day) => new(2025, 9, day);
}

public sealed class ReviewOpenedRaceInTurnsTests(SupervisionHostFixture fixture)
    : ReviewOpenedRaceTests(fixture), IClassFixture<SupervisionHostFixture>;

public sealed class ReviewOpenedRaceWithoutTurnsTests(SupervisionHostWithoutTurnsFixture fixture)
    : ReviewOpenedRaceTests(fixture), IClassFixture<SupervisionHostWithoutTurnsFixture>;
