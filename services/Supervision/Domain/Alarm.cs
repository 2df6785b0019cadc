using Linkage.Kernel;

namespace Linkage.Supervision.Domain;

/// <summary>A persisted alarm (预警/报警): raised by the sweep, acknowledged, then resolved, with who and when.</summary>
public sealed class Alarm
{
    public const string System = "system";

    private Alarm() { }

    /// <summary>The card as its row is stored, for a read that does not go through EF (decision 0845).</summary>
    public static Alarm Stored(Guid id, Guid caseId, string caseNumber, AlarmKind kind, AlertLevel level, Guid? taskId, Guid? orderId,
        string? departmentId, string handlingDivision, DateOnly deadline, DateOnly raisedOn, DateTimeOffset raisedAt,
        (string? By, DateTimeOffset? At) acknowledged, (string? By, DateTimeOffset? At) resolved, string? note) => new()
    {
        Id = id, CaseId = caseId, CaseNumber = caseNumber, Kind = kind, Level = level, TaskId = taskId, OrderId = orderId,
        DepartmentId = departmentId, HandlingDivision = handlingDivision, Deadline = deadline, RaisedOn = raisedOn,
        RaisedAt = raisedAt, AcknowledgedBy = acknowledged.By, AcknowledgedAt = acknowledged.At, ResolvedBy = resolved.By,
        ResolvedAt = resolved.At, Note = note,
    };

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public AlarmKind Kind { get; private set; }
    public AlertLevel Level { get; private set; }
    public Guid? TaskId { get; private set; }
    public Guid? OrderId { get; private set; }
    public string? DepartmentId { get; private set; }
    public string HandlingDivision { get; private set; } = "";
    public DateOnly Deadline { get; private set; }
    public DateOnly RaisedOn { get; private set; }
    public DateTimeOffset RaisedAt { get; private set; }
    public string? AcknowledgedBy { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public string? ResolvedBy { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public string? Note { get; private set; }

    public AlarmState State => ResolvedAt is not null ? AlarmState.Resolved
        : AcknowledgedAt is not null ? AlarmState.Acknowledged : AlarmState.Raised;

    public static Alarm Raise(Guid caseId, string caseNumber, string handlingDivision, WantedAlarm wanted, DateOnly on, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        CaseId = caseId,
        CaseNumber = caseNumber,
        Kind = wanted.Kind,
        Level = wanted.Level,
        TaskId = wanted.TaskId,
        DepartmentId = wanted.DepartmentId,
        HandlingDivision = handlingDivision,
        Deadline = wanted.Deadline,
        RaisedOn = on,
        RaisedAt = at.ToUniversalTime(),
    };

    /// <summary>The red card of an escalated order, filed under the tier it escalated to: only that subtree sees it.</summary>
    public static Alarm ForEscalation(SupervisionOrder order, string tierDivision, DateOnly on, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        CaseId = order.CaseId,
        CaseNumber = order.CaseNumber,
        Kind = AlarmKind.OrderEscalated,
        Level = AlertLevel.Red,
        OrderId = order.Id,
        HandlingDivision = tierDivision,
        Deadline = order.ReplyBy,
        RaisedOn = on,
        RaisedAt = at.ToUniversalTime(),
    };

    public static Alarm RefusalNoReason(SupervisedCase c, string? departmentId, DateOnly on, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        CaseId = c.Id,
        CaseNumber = c.CaseNumber,
        Kind = AlarmKind.RefusalNoReason,
        Level = AlertLevel.Red,
        DepartmentId = departmentId,
        HandlingDivision = c.HandlingDivision,
        Deadline = on,
        RaisedOn = on,
        RaisedAt = at.ToUniversalTime(),
    };

    /// <summary>A department's day of fees does not reconcile (日对账不符), filed under the centre's division.</summary>
    public static Alarm FeeMismatch(Guid reconciliationId, string departmentId, string division, DateOnly day, DateTimeOffset at) => new()
    {
        Id = OneCardPer(reconciliationId, AlarmKind.FeeMismatch),
        CaseId = reconciliationId,
        CaseNumber = $"对账 {day:yyyy-MM-dd}",
        Kind = AlarmKind.FeeMismatch,
        Level = AlertLevel.Red,
        DepartmentId = departmentId,
        HandlingDivision = division,
        Deadline = day,
        RaisedOn = ChinaTime.ToLocalDate(at),
        RaisedAt = at.ToUniversalTime(),
    };

    /// <summary>A bad rating's return visit (yellow) or rectification (red) missed its deadline (谁办理、谁负责).</summary>
    public static Alarm RatingOverdue(AlarmKind kind, Guid rectificationId, string matterCode, string division, DateOnly deadline,
        DateTimeOffset at) => new()
    {
        Id = OneCardPer(rectificationId, kind),
        CaseId = rectificationId,
        CaseNumber = $"差评 {matterCode[..Math.Min(matterCode.Length, 36)]}",
        Kind = kind,
        Level = kind == AlarmKind.VisitOverdue ? AlertLevel.Yellow : AlertLevel.Red,
        HandlingDivision = division,
        Deadline = deadline,
        RaisedOn = ChinaTime.ToLocalDate(at),
        RaisedAt = at.ToUniversalTime(),
    };

    /// <summary>否定报备: a negative decision on a case reached the applicant without its filing, one red card per filing.</summary>
    public static Alarm NegativeUnfiled(Guid filingId, Guid caseId, string caseNumber, string division, DateTimeOffset decidedAt, DateTimeOffset at) => new()
    {
        Id = OneCardPer(filingId, AlarmKind.NegativeUnfiled),
        CaseId = caseId,
        CaseNumber = caseNumber,
        Kind = AlarmKind.NegativeUnfiled,
        Level = AlertLevel.Red,
        HandlingDivision = division,
        Deadline = ChinaTime.ToLocalDate(decidedAt),
        RaisedOn = ChinaTime.ToLocalDate(at),
        RaisedAt = at.ToUniversalTime(),
    };

    /// <summary>A milestone's card of <paramref name="kind"/> (one per case), under the division owing the step (0595); red
    /// but for a step's warning (0569).</summary>
    public static Alarm Milestone(Milestone step, AlarmKind kind, DateOnly on, DateTimeOffset at) => new()
    {
        Id = OneCardPer(step.CaseId, kind),
        CaseId = step.CaseId,
        CaseNumber = step.CaseNumber,
        Kind = kind,
        Level = Domain.Milestone.WarningCards.Contains(kind) ? AlertLevel.Yellow : AlertLevel.Red,
        HandlingDivision = step.Division,
        Deadline = step.Deadline ?? on,
        RaisedOn = on,
        RaisedAt = at.ToUniversalTime(),
    };

    /// <summary>An investment project (绿色通道) still open past its target: a yellow <c>key-project-target</c> card under the
    /// project's division, the project standing for the case (0565).</summary>
    public static Alarm ProjectTarget(InvestmentProject p, DateOnly on, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        CaseId = p.Id,
        CaseNumber = p.ProjectCode,
        Kind = AlarmKind.KeyProjectTarget,
        Level = AlertLevel.Yellow,
        HandlingDivision = p.Division,
        Deadline = p.TargetOn,
        RaisedOn = on,
        RaisedAt = at.ToUniversalTime(),
    };

    /// <summary>跨级事件隔离: a federation event this deployment refused, filed under its own division, the reason as
    /// the note until the card is resolved with one (0624).</summary>
    public static Alarm Quarantined(Guid alarmId, string topic, string reason, string division, DateTimeOffset at) =>
        ForFederationEvent(alarmId, AlarmKind.EventQuarantined, "隔离", topic, reason, division, at);

    /// <summary>跨级事件死信: a federation event that failed every attempt here and waits in <c>dlq-*</c>, filed as a
    /// quarantined one is; resolved by the system once an operator's replay of it is applied (0557).</summary>
    public static Alarm DeadLettered(Guid alarmId, string topic, string reason, string division, DateTimeOffset at) =>
        ForFederationEvent(alarmId, AlarmKind.EventDeadLetter, "死信", topic, reason, division, at);

    private static Alarm ForFederationEvent(
        Guid alarmId, AlarmKind kind, string label, string topic, string reason, string division, DateTimeOffset at) => new()
    {
        Id = alarmId,
        CaseId = alarmId,
        CaseNumber = $"{label} {topic}"[..Math.Min(topic.Length + label.Length + 1, 40)],
        Kind = kind,
        Level = AlertLevel.Red,
        HandlingDivision = division,
        Deadline = ChinaTime.ToLocalDate(at),
        RaisedOn = ChinaTime.ToLocalDate(at),
        RaisedAt = at.ToUniversalTime(),
        Note = reason[..Math.Min(reason.Length, 500)],
    };

    /// <summary>The id of the one card a reported fact (a reconciliation, a rectification) may raise of a kind, so two
    /// reports handled at once cannot both raise it.</summary>
    private static Guid OneCardPer(Guid subject, AlarmKind kind)
    {
        var hash = global::System.Security.Cryptography.SHA256.HashData(global::System.Text.Encoding.UTF8.GetBytes($"{subject:N}/{kind}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    /// <summary>Deadline cards come and go with the rules; escalation cards stay until the order is answered.</summary>
    public static readonly AlarmKind[] DeadlineCards = [AlarmKind.CaseDeadline, AlarmKind.StepDeadline, AlarmKind.KeyProjectTarget];

    public bool Matches(WantedAlarm wanted) => Kind == wanted.Kind && Level == wanted.Level && TaskId == wanted.TaskId;

    /// <summary>False unless the alarm is freshly raised.</summary>
    public bool Acknowledge(string by, DateTimeOffset at)
    {
        if (State != AlarmState.Raised) return false;
        (AcknowledgedBy, AcknowledgedAt) = (by, at.ToUniversalTime());
        return true;
    }

    /// <summary>False when resolved already.</summary>
    public bool Resolve(string by, DateTimeOffset at, string? note)
    {
        if (State == AlarmState.Resolved) return false;
        (ResolvedBy, ResolvedAt, Note) = (by, at.ToUniversalTime(), note ?? Note);
        return true;
    }
}

public enum AlarmState
{
    Raised,       // 已预警
    Acknowledged, // 已签收
    Resolved,     // 已解除
}

/// <summary>An alarm the rules say should be open on a case now.</summary>
public sealed record WantedAlarm(AlarmKind Kind, AlertLevel Level, Guid? TaskId, string? DepartmentId, DateOnly Deadline);
