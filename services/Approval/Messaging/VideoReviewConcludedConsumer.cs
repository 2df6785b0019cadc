using Linkage.Approval.Domain;
using Linkage.Approval.Features.DecideTask;
using Linkage.Approval.Persistence;
using Linkage.Contracts.Events.VideoReview;
using Linkage.Kernel;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Messaging;

/// <summary>A remote video joint review (远程视频联审) concluded: each participating department's pending task gets
/// that department's vote as its decision, recorded as made in the joint review; the join then does the rest.
/// A supplement request stops the case's clock as any department's would (补正). Abstentions, departments without a
/// pending task and unknown cases change nothing (a redelivery neither).</summary>
public sealed class VideoReviewConcludedConsumer(ApprovalDbContext db, TimeProvider clock)
    : InboxConsumer<VideoReviewConcluded, ApprovalDbContext>(db)
{
    protected override async Task Handle(VideoReviewConcluded message, ConsumeContext<VideoReviewConcluded> context)
    {
        var ct = context.CancellationToken;
        if (!await Db.Cases.AnyAsync(c => c.Id == message.CaseId, ct)) return;
        var @case = await Db.LockAsync(message.CaseId, ct);
        var reviewer = new Reviewer($"video-review:{message.SessionId}", "远程视频联审（视频会议结论）");
        var now = clock.GetUtcNow();
        foreach (var vote in message.Votes)
        {
            if (@case.Tasks.FirstOrDefault(t => t.DepartmentId == vote.DepartmentId && t.IsPending) is not { } task) continue;
            if (JointReviewVote.Decision(vote) is { } decision && @case.Decide(task.Id, decision, reviewer, now) is DecisionOutcome.Recorded recorded)
                ReviewOutbox.Announce(Db, @case, recorded);
            else if (JointReviewVote.Supplement(vote) is { } supplement
                && @case.Apply(task.Id, supplement, reviewer, WorkingDayCalendar.China, now) is ActionOutcome.Done done)
                ReviewOutbox.Announce(Db, @case, done.Events);
        }
        Db.Timeline.AddRange(@case.Timeline);
    }
}
