namespace Linkage.Supervision.Domain;

/// <summary>A case under electronic supervision (电子监察): its deadline, its timeline and how it finished.
/// Fed by intake's events in whatever order they arrive; each fact is recorded once.</summary>
public sealed partial class SupervisedCase
{
    private SupervisedCase() { }

    public Guid Id { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public string MatterCode { get; private set; } = "";
    public string? MatterName { get; private set; }
    public string HandlingOrgUnitId { get; private set; } = "";
    public string HandlingDivision { get; private set; } = "";
    public string SubmittedAtOrgUnitId { get; private set; } = "";
    public string SubmittedAtDivision { get; private set; } = "";

    /// <summary>受理窗口: the numbered hall window, <c>{centre}#{code}</c>, when the case was accepted at one (0527).</summary>
    public string? AcceptedAtWindow { get; private set; }

    /// <summary>The window its facts count under: the numbered hall window, else the unit that received it (0521, 0527).</summary>
    public string CountedWindow => WindowOf(AcceptedAtWindow, SubmittedAtOrgUnitId);

    public static string WindowOf(string? acceptedAtWindow, string submittedAtOrgUnitId) => acceptedAtWindow ?? submittedAtOrgUnitId;

    public DateOnly AcceptedOn { get; private set; }

    /// <summary>受理: the day it counts as accepted (0586, 0509): the acceptance day but for a 即办件 taken on a rest day,
    /// whose acceptance intake moves to the next working day. The day it was received (收件) is its <see cref="Receipt"/>'s.</summary>
    public DateOnly AcceptedDay { get; private set; }
    public DateOnly DueDate { get; private set; }
    public int? CommittedWorkingDays { get; private set; }
    public SupervisedCaseStatus Status { get; private set; }
    public string? Outcome { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public bool? OnTime { get; private set; }
    public bool? Early { get; private set; }
    public int? OverdueWorkingDays { get; private set; }
    public bool Instant { get; private set; }

    /// <summary>Where intake says it was handled at completion: window, online or proxy (village station).</summary>
    public string? Channel { get; private set; }

    /// <summary>现场办结 (0586): completed at a window or station on the day it was received.</summary>
    public bool OnSite { get; private set; }
    public List<TimelineEntry> Timeline { get; private set; } = [];

    /// <summary>When the deadline sweep must look at this case again; null while nothing can change (completed and
    /// settled, or the clock stopped). Indexed, so a sweep touches only what is due (see decision 0350).</summary>
    public DateOnly? NextCheckOn { get; private set; }

    public static SupervisedCase Watch(CaseFacts facts) => new()
    {
        Id = facts.CaseId,
        CaseNumber = facts.CaseNumber,
        MatterCode = facts.MatterCode,
        HandlingOrgUnitId = facts.HandlingOrgUnitId,
        HandlingDivision = facts.HandlingDivision,
        SubmittedAtOrgUnitId = facts.SubmittedAtOrgUnitId,
        SubmittedAtDivision = facts.SubmittedAtDivision,
        AcceptedAtWindow = facts.AcceptedAtWindow,
        AcceptedOn = facts.AcceptedOn,
        AcceptedDay = OnSiteCompletionPolicy.AcceptedDay(facts.AcceptedOn, facts.TakenOn ?? facts.AcceptedOn),
        DueDate = facts.DueDate,
        Status = SupervisedCaseStatus.Open,
        NextCheckOn = CheckNow,
    };

    /// <summary>受理: false when the acceptance is on the timeline already.</summary>
    public bool RecordAcceptance(string matterName, DateTimeOffset acceptedAt, int committedWorkingDays)
    {
        if (Has(TimelineEntryKind.Accepted)) return false;
        (MatterName, CommittedWorkingDays) = (matterName, committedWorkingDays);
        Timeline.Add(TimelineEntry.Of(TimelineEntryKind.Accepted, acceptedAt, $"due {DueDate:yyyy-MM-dd}"));
        return true;
    }

    /// <summary>办结: judges punctuality against the due date; false when already completed.</summary>
    public bool RecordCompletion(string outcome, DateTimeOffset completedAt, DateOnly completedOn, string? channel = null)
    {
        if (Status == SupervisedCaseStatus.Completed) return false;
        (Status, Outcome, CompletedOn, Channel) = (SupervisedCaseStatus.Completed, outcome, completedOn, channel);
        OnSite = OnSiteCompletionPolicy.Holds(AcceptedDay, completedOn, channel);
        OnTime = CompletedOnTimePolicy.Holds(completedOn, DueDate);
        Early = CompletedEarlyPolicy.Holds(completedOn, DueDate);
        OverdueWorkingDays = OverdueWorkingDaysPolicy.For(completedOn, DueDate);
        Instant = InstantCasePolicy.Holds(outcome);
        Timeline.Add(TimelineEntry.Of(TimelineEntryKind.Completed, completedAt, outcome));
        NextCheckOn = CheckNow; // its open alarms are resolved by the next sweep
        return true;
    }

    private bool Has(TimelineEntryKind kind) => Timeline.Any(e => e.Kind == kind);
}
