using System.Collections.Concurrent;
using Linkage.Contracts.Events.Intake;
using Linkage.Contracts.Events.Ratings;
using static Linkage.Supervision.Tests.ApprovalEvents;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>The cases <see cref="BreakdownTests"/> counts, and what the seeds gave that the stored cases do not keep.</summary>
public sealed partial class BreakdownTests
{
    /// <summary>The ratings the seeds gave, each case's once: what the recount counts them from.</summary>
    private static readonly ConcurrentBag<(Guid CaseId, int Grade, DateOnly On)> Rated = [];

    /// <summary>The applications the seeds submitted (收件), accepted or not: what the recount counts received from.</summary>
    private static readonly ConcurrentBag<(Guid CaseId, DateOnly Day, string Matter, string HandlingUnit, string Division, string ReceivingUnit)> Submissions = [];

    /// <summary>Fourteen new cases over two towns and two matters, accepted from late August into October: early, on
    /// the day, late, instant and still open, received at the town's window or a village station; the completed ones
    /// reviewed by one or two departments, each deciding early, on the day or late. Then, in September, one decided at
    /// the window the day it was received (on site), one online the same day and one at the window the next day (not).
    /// Every fifth case's clock stops and resumes before it completes; the completed ones are rated; the open ones are
    /// swept on the last one's due date (yellow, or red when past due) and on Oct 20 (red). Received apart from accepted
    /// (decision 0509): two applications refused or left with a notice, never accepted, and two accepted two days after
    /// they were received, one at a numbered hall window, each told before and after its acceptance; one open case whose
    /// department never decides (open past due by department, 0516).</summary>
    private async Task SeedAsync()
    {
        await SeedReceiptsAsync();
        foreach (var (town, channel, after) in new[] { (TownA, "window", 0), (TownB, "online", 0), (TownB, "window", 1) })
        {
            var accepted = Accepted(new DateOnly(2025, 9, 17), 3, town, town);
            await fixture.DeliverAsync(accepted, Completed(accepted, accepted.AcceptedOn.AddDays(after)) with { Channel = channel });
        }
        var lastOpenDue = DateOnly.MinValue;
        for (var i = 0; i < 14; i++)
        {
            var town = i % 2 == 0 ? TownA : TownB;
            var day = new DateOnly(2025, 8, 25).AddDays(i * 3);
            var accepted = Accepted(day, 3, town, i % 4 == 0 ? Village : town) with { MatterCode = Matters[i % 3 == 0 ? 0 : 1] };
            var completedOn = accepted.DueDate.AddDays(i % 5 - 1);
            object[] events = (i % 5) switch
            {
                4 => [accepted],
                3 => [Completed(accepted, day, "instant")],
                0 => [accepted],
                _ => [accepted, Completed(accepted, completedOn)],
            };
            await fixture.DeliverAsync(events);
            if (i % 5 == 4) lastOpenDue = accepted.DueDate;
            if (i % 5 == 0)
            {
                await fixture.DeliverAsync(Stopped(accepted, day.AddDays(1)));
                await fixture.DeliverAsync(Resumed(accepted, 2, accepted.DueDate, day.AddDays(2)));
                await fixture.DeliverAsync(Completed(accepted, completedOn));
            }
            if (i % 5 > 2) continue;
            var grade = (int[])[5, 2, 3];
            var rated = (accepted.CaseId, grade[i % 5], completedOn.AddDays(1));
            await fixture.DeliverToInboxAsync(new CaseRated(Guid.NewGuid(), accepted.CaseId, rated.Item2, "window", accepted.HandlingOrgUnitId,
                accepted.HandlingDivision, At(rated.Item3, 10)));
            Rated.Add(rated);
            var review = i % 2 == 0 ? Opened(accepted, ("dep-scjg", day.AddDays(4)), ("dep-wsjk", day.AddDays(5))) : Opened(accepted, ("dep-scjg", day.AddDays(3)));
            await fixture.DeliverAsync(review);
            await fixture.DeliverAsync(review.Tasks!.Select(t => (object)Decided(review, t.DepartmentId, day.AddDays(2 + i % 4))).ToArray());
        }
        await fixture.SweepAsync(lastOpenDue);
        await fixture.SweepAsync(new DateOnly(2025, 10, 20));
    }

    private async Task SeedReceiptsAsync()
    {
        foreach (var (town, n) in new[] { (TownA, 0), (TownB, 1) })
        {
            var receivedOn = new DateOnly(2025, 9, 8).AddDays(n);
            var unanswered = Accepted(receivedOn, 3, town, n == 0 ? Village : town) with { MatterCode = Matters[n] };
            await SubmitAsync(unanswered, receivedOn);
            await fixture.DeliverToInboxAsync(n == 0
                ? new CaseRefused(unanswered.CaseId, unanswered.CaseNumber, unanswered.MatterCode, unanswered.HandlingOrgUnitId,
                    unanswered.HandlingDivision, "不属于本机关职权范围", At(receivedOn, 11))
                : new MaterialsRequested(unanswered.CaseId, unanswered.CaseNumber, unanswered.MatterCode, unanswered.HandlingOrgUnitId,
                    unanswered.HandlingDivision, ["M01"], At(receivedOn, 11), At(receivedOn, 10)));
            var accepted = Accepted(receivedOn.AddDays(2), 3, town, n == 0 ? Village : town) with
            {
                ReceivedAt = At(receivedOn, 10), AcceptedAtWindow = n == 1 ? $"ou-{town}#3" : null,
            };
            if (n == 0) await SubmitAsync(accepted, receivedOn);
            await fixture.DeliverAsync(accepted);
            if (n == 1) await SubmitAsync(accepted, receivedOn);
        }
        var stuck = Accepted(new DateOnly(2025, 9, 22), 10, TownA, TownA);
        await fixture.DeliverAsync(stuck);
        await fixture.DeliverAsync(Opened(stuck, ("dep-scjg", new DateOnly(2025, 9, 26))));
    }

    private async Task SubmitAsync(CaseAccepted a, DateOnly on)
    {
        await fixture.DeliverToInboxAsync(Submitted(a, on));
        Submissions.Add((a.CaseId, on, a.MatterCode, a.HandlingOrgUnitId, a.HandlingDivision, a.SubmittedAtOrgUnitId));
    }
}
