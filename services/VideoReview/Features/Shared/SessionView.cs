using Linkage.VideoReview.Domain;

namespace Linkage.VideoReview.Features.Shared;

public sealed record SessionView(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    ReviewPurpose Purpose,
    DateTimeOffset ScheduledAt,
    IReadOnlyList<Participant> Participants,
    SessionStatus Status,
    string CreatedBy,
    string CreatorName,
    string Division,
    DateTimeOffset CreatedAt,
    ConclusionView? Conclusion)
{
    public static SessionView From(ReviewSession s) => new(
        s.Id, s.CaseId, s.CaseNumber, s.Purpose, s.ScheduledAt, s.Participants, s.Status, s.CreatedBy, s.CreatorName,
        s.Division, s.CreatedAt,
        s.Status == SessionStatus.Concluded
            ? new ConclusionView(s.Minutes!, s.Decision!.Value, s.Votes, s.ConcludedAt!.Value, s.ConcludedBy!)
            : null);
}

public sealed record ConclusionView(
    string Minutes, ReviewDecision Decision, IReadOnlyList<Vote> Votes, DateTimeOffset ConcludedAt, string ConcludedBy);
