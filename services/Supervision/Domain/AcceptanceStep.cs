using Linkage.Kernel;

namespace Linkage.Supervision.Domain;

/// <summary>受理环节: a received application must be accepted, or the one-time missing-materials notice given, within
/// the region's limit (行政许可法 Art. 32: 5 working days). Watched from receipt, before the case itself is (decision
/// 0595); intake's events may arrive in any order, so the answer can be known before the receipt.</summary>
public sealed class AcceptanceStep
{
    public const string Accepted = "accepted";
    public const string Notice = "notice";

    private AcceptanceStep() { }

    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";

    /// <summary>The receiving unit's division: its rules set the limit, its subtree sees the cards.</summary>
    public string Division { get; private set; } = "";
    public DateTimeOffset? ReceivedAt { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public string? Answer { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>The day after the deadline while unanswered; null otherwise. Indexed for the sweep.</summary>
    public DateOnly? NextCheckOn { get; private set; }

    public static AcceptanceStep For(Guid caseId, string caseNumber, string division) =>
        new() { CaseId = caseId, CaseNumber = caseNumber, Division = division };

    public bool IsReceived => ReceivedAt is not null;
    public bool IsAnswered => AnsweredAt is not null;

    /// <summary>Answered after its deadline (the trigger of 超期受理).</summary>
    public bool AnsweredLate => AnsweredAt is { } at && Deadline is { } due && ChinaTime.ToLocalDate(at) > due;

    /// <summary>收件: the deadline is the limit's working days after the day of receipt; false when known already.</summary>
    public bool Receive(string division, DateTimeOffset at, int workingDays)
    {
        if (IsReceived) return false;
        (Division, ReceivedAt) = (division, at.ToUniversalTime());
        Deadline = WorkingDayCalendar.China.AddWorkingDays(ChinaTime.ToLocalDate(at), workingDays);
        NextCheckOn = IsAnswered ? null : Deadline.Value.AddDays(1);
        return true;
    }

    /// <summary>受理 or 一次性告知: the first answer counts; false for any later one.</summary>
    public bool Record(string answer, DateTimeOffset at)
    {
        if (IsAnswered) return false;
        (Answer, AnsweredAt, NextCheckOn) = (answer, at.ToUniversalTime(), null);
        return true;
    }

    /// <summary>Unanswered past its deadline as of <paramref name="today"/>.</summary>
    public bool OverdueOn(DateOnly today) => !IsAnswered && Deadline is { } due && due < today;

    internal void Checked() => NextCheckOn = null;
}
