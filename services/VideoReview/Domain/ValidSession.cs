namespace Linkage.VideoReview.Domain;

public sealed record ValidSession(Guid CaseId, ReviewPurpose Purpose, DateTimeOffset ScheduledAt, IReadOnlyList<Participant> Participants);
