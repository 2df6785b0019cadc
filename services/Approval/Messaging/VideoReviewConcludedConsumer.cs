using Linkage.Approval.Domain;
using Linkage.Approval.Features.DecideTask;
using Linkage.Approval.Persistence;
using Linkage.Contracts.Events.VideoReview;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Office;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Messaging;

/// <summary>A remote video joint review (远程视频联审) concluded: each participating department's pending task gets
/// that department's vote as its decision, recorded as made in the joint review; the join then does the rest.
/// A supplement request stops the case's clock as any department's would (补正). Abstentions, departments without a
/// pending task and unknown cases change nothing (a redelivery neither). At a centre that approves negative decisions
/// first (否定报备) a rejection vote is held for the management like a reviewer's (decision 0562), not recorded.</summary>
public sealed class VideoReviewConcludedConsumer(ApprovalDbContext db, FilingRules filings, TimeProvider clock)
    : InboxConsumer<VideoReviewConcluded, ApprovalDbContext>(db)
{
    protected override Guid? TurnOf(VideoReviewConcluded m) => m.CaseId;

    protected override async Task Handle(VideoReviewConcluded message, ConsumeContext<VideoReviewConcluded> context)
    {
        var ct = context.CancellationToken;
        if (await Db.Cases.Where(c => c.Id == message.CaseId).Select(c => c.HandlingOrgUnitId).FirstOrDefaultAsync(ct) is not { } centre) return;
        var hold = message.Votes.Any(v => v.Choice == "reject") && await filings.ApprovalFirstAsync(centre, ct);
        var @case = await Db.LockAsync(message.CaseId, ct);
        var reviewer = new Reviewer($"video-review:{message.SessionId}", "远程视频联审（视频会议结论）");
        var now = clock.GetUtcNow();
        foreach (var vote in message.Votes)
        {
            if (@case.Tasks.FirstOrDefault(t => t.DepartmentId == vote.DepartmentId && t.IsPending) is not { } task) continue;
            if (JointReviewVote.Decision(vote) is { } decision)
                ReviewOutbox.Announce(Db, @case, hold && decision.Decision == ReviewDecision.Reject
                    ? @case.HoldRejection(task.Id, decision, reviewer, now)
                    : @case.Decide(task.Id, decision, reviewer, now));
            else if (JointReviewVote.Supplement(vote) is { } supplement
                && @case.Apply(task.Id, supplement, reviewer, WorkingDayCalendar.China, now) is ActionOutcome.Done done)
                ReviewOutbox.Announce(Db, @case, done.Events);
        }
        Db.Timeline.AddRange(@case.Timeline);
    }
}
