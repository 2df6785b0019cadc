using Linkage.Approval.Domain;
using Linkage.Approval.Features.DecideTask;
using Linkage.Approval.Persistence;
using Linkage.Contracts.Events.VideoReview;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Messaging;

/// <summary>A remote video joint review (远程视频联审) concluded: each participating department's pending task gets
/// that department's vote as its decision, recorded as made in the joint review; the join then does the rest.
/// Abstentions, departments without a pending task and unknown cases change nothing (a redelivery neither).</summary>
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
            if (JointReviewVote.Decision(vote) is not { } decision) continue;
            if (@case.Tasks.FirstOrDefault(t => t.DepartmentId == vote.DepartmentId && t.IsPending) is not { } task) continue;
            if (@case.Decide(task.Id, decision, reviewer, now) is DecisionOutcome.Recorded recorded)
                ReviewOutbox.Announce(Db, @case, recorded);
        }
        Db.Timeline.AddRange(@case.Timeline);
    }
}
