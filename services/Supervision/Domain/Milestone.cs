using Linkage.Kernel;

namespace Linkage.Supervision.Domain;

/// <summary>环节时限 outside the department tasks (decision 0595): 受理 within the region's working days of receipt
/// (行政许可法 Art. 32), the chief representative's sign-off within the region's working days (0141, 0631), and the licence issued and delivered within its days of the decision (Art. 44). Intake's,
/// approval's and certificates' events arrive in any order: a step's end may be known before its start.</summary>
public sealed class Milestone
{
    private Milestone() { }

    /// <summary>The step as its row is first put in: no start, no end, not armed, no next check.</summary>
    public static Milestone Bare(Guid caseId, MilestoneKind kind) => new() { CaseId = caseId, Kind = kind };

    /// <summary>The step as its row is stored, for a read that does not go through EF (decision 0845).</summary>
    public static Milestone Stored(Guid caseId, MilestoneKind kind, string caseNumber, StepOwner owner, DateTimeOffset? startedAt,
        DateOnly? deadline, bool armed, string? outcome, DateTimeOffset? doneAt, DateOnly? nextCheckOn) => new()
    {
        CaseId = caseId, Kind = kind, CaseNumber = caseNumber, Division = owner.Division, OrgUnitId = owner.OrgUnitId,
        MatterCode = owner.MatterCode, WindowId = owner.WindowId, StartedAt = startedAt, Deadline = deadline, Armed = armed,
        Outcome = outcome, DoneAt = doneAt, NextCheckOn = nextCheckOn,
    };

    public Guid CaseId { get; private set; }
    public MilestoneKind Kind { get; private set; }
    public string CaseNumber { get; private set; } = "";

    /// <summary>The unit owing the step: the receiving one for acceptance, the handling one after the decision.</summary>
    public string Division { get; private set; } = "";

    /// <summary>The rest of the daily counter row its cards count under (with <see cref="Division"/>): the owing unit, the
    /// matter and the window that received the case (decision 0589).</summary>
    public string OrgUnitId { get; private set; } = "";
    public string MatterCode { get; private set; } = "";
    public string WindowId { get; private set; } = "";
    public DateTimeOffset? StartedAt { get; private set; }
    public DateOnly? Deadline { get; private set; }

    /// <summary>Watched by the sweep: only once the step is known to be owed (a licence is due, as certificates reports
    /// from the catalog, decision 0596; a licence issued must be delivered).</summary>
    public bool Armed { get; private set; }
    public string? Outcome { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }

    /// <summary>When the sweep looks at the step next: the day after the deadline while armed and not done, or, for a
    /// step with a <see cref="WarningCard"/>, the day after it starts and then the day the warning is due; null otherwise.
    /// Indexed for the sweep.</summary>
    public DateOnly? NextCheckOn { get; private set; }

    public bool IsStarted => StartedAt is not null;
    public bool IsDone => DoneAt is not null;

    /// <summary>Done after its deadline: the step's trigger (超期受理, 超期发证), judged once both ends are known.</summary>
    public bool DoneLate => DoneAt is { } at && Deadline is { } due && ChinaTime.ToLocalDate(at) > due;

    /// <summary>The step's start, its owner and deadline; false when known already.</summary>
    public bool Start(string caseNumber, StepOwner owner, DateTimeOffset at, DateOnly deadline)
    {
        if (IsStarted) return false;
        (CaseNumber, StartedAt, Deadline) = (caseNumber, at.ToUniversalTime(), deadline);
        (Division, OrgUnitId, MatterCode, WindowId) = (owner.Division, owner.OrgUnitId, owner.MatterCode, owner.WindowId);
        Reschedule();
        return true;
    }

    public void Arm()
    {
        Armed = true;
        Reschedule();
    }

    /// <summary>The first end counts (受理 or 一次性告知; the first licence, not a re-issue); false for any later one.</summary>
    public bool Complete(string outcome, DateTimeOffset at)
    {
        if (IsDone) return false;
        (Outcome, DoneAt) = (outcome, at.ToUniversalTime());
        Reschedule();
        return true;
    }

    /// <summary>Owed, not done and past its deadline as of <paramref name="today"/>.</summary>
    public bool OverdueOn(DateOnly today) => Armed && !IsDone && Deadline is { } due && due < today;

    /// <summary>The card the sweep raises while the step is overdue; the step's end resolves it.</summary>
    public AlarmKind? OverdueCard => Kind switch
    {
        MilestoneKind.Acceptance => AlarmKind.AcceptDeadline,
        MilestoneKind.Issuance => AlarmKind.IssueDeadline,
        MilestoneKind.Delivery => AlarmKind.DeliverDeadline,
        MilestoneKind.SignOff => AlarmKind.SignOffDeadline,
        _ => null,
    };

    /// <summary>The yellow card the sweep raises while the step's deadline is near by the owing region's rules (≤ N working
    /// days remain or ≥ the fraction used, as a case's own yellow card); the red card or the step's end resolves it.</summary>
    public AlarmKind? WarningCard => WarningOf(Kind);

    /// <summary>Every step's yellow card (<see cref="WarningCard"/>).</summary>
    public static readonly IReadOnlySet<AlarmKind> WarningCards =
        Enum.GetValues<MilestoneKind>().Select(WarningOf).OfType<AlarmKind>().ToHashSet();

    private static AlarmKind? WarningOf(MilestoneKind kind) => kind switch
    {
        MilestoneKind.Acceptance => AlarmKind.AcceptWarning,
        MilestoneKind.Issuance => AlarmKind.IssueWarning,
        MilestoneKind.Delivery => AlarmKind.DeliverWarning,
        MilestoneKind.SignOff => AlarmKind.SignOffWarning,
        _ => null,
    };

    /// <summary>The step's deadline as the case deadline rules judge it: from the day it started to its deadline.</summary>
    public CaseClock Clock => new(SupervisedCaseStatus.Open, true, ChinaTime.ToLocalDate(StartedAt!.Value), Deadline!.Value, 0, []);

    /// <summary>The trigger a late end raises; it stays until a person resolves it.</summary>
    public AlarmKind? LateCard => Kind switch
    {
        MilestoneKind.Acceptance => AlarmKind.AcceptedLate,
        MilestoneKind.Issuance => AlarmKind.IssuedLate,
        MilestoneKind.SignOff => AlarmKind.SignedOffLate,
        _ => null,
    };

    internal void Checked() => NextCheckOn = null;

    /// <summary>Not overdue yet: the sweep looks again on <paramref name="day"/> (the warning's first day, or the day after the deadline).</summary>
    internal void CheckAgainOn(DateOnly day) => NextCheckOn = day;

    /// <remarks>A step with a warning is first looked at the day after it started (its deadline, if that is the same day):
    /// most steps end the day they start (an application accepted on the spot), and a step the sweep claims the day it
    /// starts would hold up the consumer recording its end (0569).</remarks>
    private void Reschedule() => NextCheckOn = Armed && !IsDone && Deadline is { } due
        ? WarningCard is not null && StartedAt is { } at ? Min(ChinaTime.ToLocalDate(at).AddDays(1), due) : due.AddDays(1)
        : null;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>Who owes a step, as its counter row names it: the division and unit, the matter and the receiving window.</summary>
public sealed record StepOwner(string Division, string OrgUnitId, string MatterCode, string WindowId);

public enum MilestoneKind
{
    Acceptance, // 受理: received → accepted or noticed
    Issuance,   // 发证: decision → licence issued
    Delivery,   // 送达: decision → licence delivered
    SignOff,    // 签发: the departments' approval → the chief representative's sign-off (CaseApproved), when the plan needs it (0141)
}
