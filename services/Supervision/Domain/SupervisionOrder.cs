using Linkage.Kernel;

namespace Linkage.Supervision.Domain;

/// <summary>督办单: a supervisor orders a unit to act on a case or an alarm and to reply by a date. Unanswered, it
/// escalates one tier up (county → city → province) each time the reply period lapses again.</summary>
public sealed class SupervisionOrder
{
    private SupervisionOrder() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public Guid? AlarmId { get; private set; }
    public string IssuedBy { get; private set; } = "";
    public string IssuedByDivision { get; private set; } = "";
    public string TargetDivision { get; private set; } = "";
    public string Instruction { get; private set; } = "";
    public DateOnly ReplyBy { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public string? Reply { get; private set; }
    public string? RepliedBy { get; private set; }
    public DateTimeOffset? RepliedAt { get; private set; }
    public string? EscalatedTo { get; private set; }
    public DateTimeOffset? EscalatedAt { get; private set; }
    public int Escalations { get; private set; }

    /// <summary>When the escalation sweep must look again; null once replied or at the top.</summary>
    public DateOnly? NextEscalationOn { get; private set; }

    public bool Replied => RepliedAt is not null;

    public static SupervisionOrder Issue(SupervisedCase c, Guid? alarmId, string issuedBy, string issuedByDivision,
        string targetDivision, string instruction, DateOnly replyBy, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        CaseId = c.Id,
        CaseNumber = c.CaseNumber,
        AlarmId = alarmId,
        IssuedBy = issuedBy,
        IssuedByDivision = issuedByDivision,
        TargetDivision = targetDivision,
        Instruction = instruction,
        ReplyBy = replyBy,
        IssuedAt = at.ToUniversalTime(),
        NextEscalationOn = replyBy.AddDays(1),
    };

    /// <summary>False when replied already: a reply is given once.</summary>
    public bool Answer(string reply, string by, DateTimeOffset at)
    {
        if (Replied) return false;
        (Reply, RepliedBy, RepliedAt, NextEscalationOn) = (reply, by, at.ToUniversalTime(), null);
        return true;
    }

    /// <summary>One tier above where the order stands now; null at the province (nothing above).</summary>
    public DivisionCode? NextTier() =>
        DivisionCode.TryParse(EscalatedTo ?? TargetDivision, out var current, out _) ? current.Parent : null;

    public void EscalateTo(DivisionCode tier, DateOnly nextCheck, DateTimeOffset at)
    {
        (EscalatedTo, EscalatedAt, Escalations) = (tier.Value, at.ToUniversalTime(), Escalations + 1);
        NextEscalationOn = tier.Parent is null ? null : nextCheck;
    }

    public void StopEscalating() => NextEscalationOn = null;

    public void RetryOn(DateOnly day) => NextEscalationOn = day;
}
