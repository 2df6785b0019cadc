namespace Linkage.VideoReview.Domain;

/// <summary>A remote video review session (远程视频联动审批) on one case: scheduled with its participants,
/// concluded once with minutes, votes and a decision. Seen within its creator's subtree.</summary>
public sealed class ReviewSession
{
    private ReviewSession() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public ReviewPurpose Purpose { get; private set; }
    public DateTimeOffset ScheduledAt { get; private set; }
    public List<Participant> Participants { get; private set; } = [];
    public string CreatedBy { get; private set; } = "";
    public string CreatorName { get; private set; } = "";
    public string? CreatorOrgUnitId { get; private set; }
    public string Division { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string? IdempotencyKey { get; private set; }
    public SessionStatus Status { get; private set; }
    public string? Minutes { get; private set; }
    public ReviewDecision? Decision { get; private set; }
    public List<Vote> Votes { get; private set; } = [];
    public DateTimeOffset? ConcludedAt { get; private set; }
    public string? ConcludedBy { get; private set; }

    public static ReviewSession Schedule(
        ReviewableCase @case, ValidSession s, SessionCreator creator, DateTimeOffset now, string? idempotencyKey) => new()
    {
        Id = Guid.CreateVersion7(now),
        CaseId = @case.Id,
        CaseNumber = @case.CaseNumber,
        Purpose = s.Purpose,
        ScheduledAt = s.ScheduledAt.ToUniversalTime(),
        Participants = [.. s.Participants],
        CreatedBy = creator.Subject,
        CreatorName = creator.Name,
        CreatorOrgUnitId = creator.OrgUnitId,
        Division = creator.Division,
        CreatedAt = now,
        IdempotencyKey = idempotencyKey,
        Status = SessionStatus.Scheduled,
    };

    /// <summary>False when the session was concluded already (a conclusion is never rewritten).</summary>
    public bool Conclude(ValidConclusion c, string by, DateTimeOffset now)
    {
        if (Status == SessionStatus.Concluded) return false;
        (Status, Minutes, Decision, ConcludedAt, ConcludedBy) = (SessionStatus.Concluded, c.Minutes, c.Decision, now, by);
        Votes = [.. c.Votes];
        return true;
    }
}
