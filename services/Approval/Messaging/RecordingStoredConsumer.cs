using Linkage.Approval.Domain;
using Linkage.Approval.Persistence;
using Linkage.Contracts.Events.VideoReview;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Messaging;

/// <summary>A video joint review's recording was stored: the case's record (审批过程记录) gets it as evidence, named by its
/// SHA-256, which stays valid after the media's retention ends. Unknown cases change nothing.</summary>
public sealed class RecordingStoredConsumer(ApprovalDbContext db) : InboxConsumer<RecordingStored, ApprovalDbContext>(db)
{
    public const string Kind = "video-recording";

    protected override async Task Handle(RecordingStored m, ConsumeContext<RecordingStored> context)
    {
        if (!await Db.Cases.AnyAsync(c => c.Id == m.CaseId, context.CancellationToken)) return;
        Db.Timeline.Add(TimelineEntry.Of(m.CaseId, m.StoredAt, Kind, null, "远程视频联审录像",
            $"{m.FileName} ({m.Track}, {m.Size} bytes) SHA-256 {m.Sha256}; session {m.SessionId}; media kept until {m.RetainUntil:yyyy-MM-dd}"));
    }
}
