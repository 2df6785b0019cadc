using Linkage.VideoReview.Media;

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
    public long? RoomId { get; private set; }
    public string? RoomSecret { get; private set; }
    public string? RoomPin { get; private set; }
    public DateTimeOffset? RoomClosedAt { get; private set; }
    public bool Recorded { get; private set; }
    public DateTimeOffset? RecordingsProcessedAt { get; private set; }

    /// <summary>The session's private VideoRoom while it is open on the media server.</summary>
    public MediaRoom? Room => RoomId is { } id && RoomClosedAt is null ? new MediaRoom(id, RoomSecret!, RoomPin!, Recorded) : null;

    public static ReviewSession Schedule(
        ReviewableCase @case, ValidSession s, SessionCreator creator, MediaRoom room, DateTimeOffset now, string? idempotencyKey) => new()
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
        RoomId = room.Id,
        RoomSecret = room.Secret,
        RoomPin = room.Pin,
        Recorded = room.Recorded,
    };

    /// <summary>Moves with the clock: open once the join window opens, expired when never concluded in time.
    /// True when the status changed.</summary>
    public bool Advance(DateTimeOffset now)
    {
        var before = Status;
        if (Status.IsLive() && now > ScheduledAt + SessionWindow.ExpiresAfter) Status = SessionStatus.Expired;
        else if (Status == SessionStatus.Scheduled && now >= ScheduledAt - SessionWindow.OpensBefore) Status = SessionStatus.Open;
        return Status != before;
    }

    /// <summary>False unless the session is open (or already under way).</summary>
    public bool Join(DateTimeOffset now)
    {
        Advance(now);
        if (Status is not (SessionStatus.Open or SessionStatus.InProgress)) return false;
        Status = SessionStatus.InProgress;
        return true;
    }

    public bool Cancel(DateTimeOffset now)
    {
        Advance(now);
        if (!Status.IsLive()) return false;
        Status = SessionStatus.Cancelled;
        return true;
    }

    public void RoomClosed(DateTimeOffset now) => RoomClosedAt ??= now;

    /// <summary>The room's recording files were converted and stored (or there were none).</summary>
    public void RecordingsProcessed(DateTimeOffset now) => RecordingsProcessedAt ??= now;

    /// <summary>A seat's vote, replacing its earlier one; false once the session has ended.</summary>
    public bool Cast(Vote vote)
    {
        if (!Status.IsLive()) return false;
        Votes = [.. Votes.Where(v => v.OrgUnitId != vote.OrgUnitId || v.DepartmentId != vote.DepartmentId), vote];
        return true;
    }

    /// <summary>False when the session has ended already (a conclusion is never rewritten). The votes cast so far,
    /// and those given with the conclusion, are final.</summary>
    public bool Conclude(ValidConclusion c, string by, DateTimeOffset now)
    {
        if (!Status.IsLive()) return false;
        foreach (var vote in c.Votes) Cast(vote);
        (Status, Minutes, Decision, ConcludedAt, ConcludedBy) = (SessionStatus.Concluded, c.Minutes, c.Decision, now, by);
        return true;
    }
}
