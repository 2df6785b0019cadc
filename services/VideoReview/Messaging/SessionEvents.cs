using System.Text.Json;
using Linkage.Contracts.Events.VideoReview;
using Linkage.VideoReview.Domain;

namespace Linkage.VideoReview.Messaging;

public static class SessionEvents
{
    public static VideoReviewScheduled Scheduled(ReviewSession s) => new(s.Id, s.CaseId, Kebab(s.Purpose), s.ScheduledAt,
        [.. s.Participants.Select(p => new VideoReviewParticipant(p.OrgUnitId, p.DepartmentId))], s.Division);

    public static VideoReviewConcluded Concluded(ReviewSession s) => new(s.Id, s.CaseId, Kebab(s.Decision!.Value),
        [.. s.Votes.Select(v => new VideoReviewVote(v.OrgUnitId, v.DepartmentId, Kebab(v.Choice), v.Remark, v.Materials))], s.ConcludedBy!, s.ConcludedAt!.Value);

    public static RecordingStored Stored(SessionRecording r) =>
        new(r.Id, r.SessionId, r.CaseId, r.Track, r.FileName, r.Size, r.Sha256, r.StoredAt, r.RetainUntil);

    private static string Kebab<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
