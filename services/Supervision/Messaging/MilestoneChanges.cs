using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>The steps outside the department tasks as a round of events reports them (decisions 0595, 0676): each
/// handler queues its event's start, end or arming of a step; <see cref="ApplyAsync"/> then puts in place and locks every
/// row the round touches in one statement (a row not there yet as the queued changes leave it, 0751), applies the queued
/// changes in delivery order as <see cref="Milestone"/> says to the rows that were there, and writes those it changed
/// back in one statement, inside the round's transaction. The
/// start and the end of a step arriving on two endpoints at once (CaseSubmitted and CaseAccepted, CaseApproved and
/// LicenceDue and CertificateIssued) wait for each other's commit at the row and apply to the row as it is then, instead
/// of failing on its version and running the whole delivery again (0608, 0618).</summary>
public sealed class MilestoneChanges
{
    private readonly List<Change> queued = [];

    /// <summary>The step starts (and is watched from now on, when <paramref name="arm"/>); an end already known and late
    /// raises its trigger now.</summary>
    public void Start(Guid caseId, MilestoneKind kind, string caseNumber, StepOwner owner, DateTimeOffset at, DateOnly deadline,
        bool arm = false) => queued.Add(new Started(caseId, kind, caseNumber, owner, at, deadline, arm));

    /// <summary>The step's end: its overdue and warning cards resolved; done after the deadline, its trigger raised.</summary>
    public void Complete(Guid caseId, MilestoneKind kind, string outcome, DateTimeOffset at) =>
        queued.Add(new Completed(caseId, kind, outcome, at));

    /// <summary>The step is owed from now on and watched by the sweep.</summary>
    public void Arm(Guid caseId, MilestoneKind kind) => queued.Add(new Armed(caseId, kind));

    /// <summary>Forgets what was queued: a round run again queues its changes again.</summary>
    public void Clear() => queued.Clear();

    /// <summary>Puts in the rows the round's steps do not have yet as the round leaves them (decision 0751), and takes,
    /// changes and writes back those that are there; the round's <paramref name="receipts"/> go in first, in the take's
    /// round trip (0750).</summary>
    public async Task ApplyAsync(SupervisionDbContext db, DateTimeOffset now, CancellationToken ct, Receipts? receipts = null)
    {
        if (queued.Count == 0)
        {
            if (receipts is not null) await receipts.ApplyAsync(db, ct);
            return;
        }
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Milestone changes are applied inside the round's transaction, which holds their rows.");
        var fresh = queued.Select(c => (c.CaseId, c.Kind)).Distinct().ToDictionary(k => k, k => Milestone.Bare(k.CaseId, k.Kind));
        var put = Judge(fresh, now);
        var steps = await MilestoneRows.TakeAsync(db, [.. fresh.Values], ct, receipts?.Take());
        // a step whose row this round put in has no card yet (cards are raised on a step's row): no read
        foreach (var (step, card) in put.Late.Where(l => !steps.ContainsKey((l.Step.CaseId, l.Step.Kind))).DistinctBy(l => l.Card.Id))
            Milestones.Raise(db, step, card);
        var before = steps.ToDictionary(s => s.Key, s => MilestoneRows.Values(s.Value));
        var (ended, late) = Judge(steps, now);
        var changed = steps.Where(s => !MilestoneRows.Values(s.Value).Equals(before[s.Key])).Select(s => s.Value).ToList();
        if (ended.Count == 0 && late.Count == 0) await MilestoneRows.WriteAsync(db, changed, ct);
        else await CardsAsync(db, changed, ended, late, ct);
        queued.Clear();
    }

    /// <summary>The queued changes of the steps in <paramref name="rows"/> applied to them in delivery order: the ended
    /// steps and the triggers judged late.</summary>
    private (List<(Milestone Step, Completed End)> Ended, List<(Milestone Step, Alarm Card)> Late) Judge(
        Dictionary<(Guid CaseId, MilestoneKind Kind), Milestone> rows, DateTimeOffset now)
    {
        var ended = new List<(Milestone Step, Completed End)>();
        var late = new List<(Milestone Step, Alarm Card)>();
        foreach (var change in queued)
        {
            if (!rows.TryGetValue((change.CaseId, change.Kind), out var step)) continue;
            var at = change.Apply(step, now);
            if (change is Completed end && at is not null) ended.Add((step, end));
            if (at is { } judged && step.DoneLate && step.LateCard is { } kind)
                late.Add((step, Alarm.Milestone(step, kind, ChinaTime.ToLocalDate(judged), judged)));
        }
        return (ended, late);
    }

    /// <summary>The changed rows written back and the ended steps' open cards and the late ones' triggers read in one
    /// round trip, two statements (each sees what was committed before it began, so the card read, after the rows were
    /// locked, sees the cards of a sweep that held a step's row; decision 0735); then the open cards resolved and the
    /// triggers raised, once each.</summary>
    private static async Task CardsAsync(SupervisionDbContext db, List<Milestone> changed, List<(Milestone Step, Completed End)> ended,
        List<(Milestone Step, Alarm Card)> late, CancellationToken ct)
    {
        var ids = ended.Select(e => e.Step.CaseId).Concat(late.Select(l => l.Step.CaseId)).Distinct().ToArray();
        var read = CardRows.OpenOrNamed(ids, [.. late.Select(l => l.Card.Id)]);
        var cards = await db.ReadAsync(row => CardRows.Tracked(db, row), ct,
            changed.Count > 0 ? [MilestoneRows.WriteBack(changed), read] : [read]);
        foreach (var (step, end) in ended)
            foreach (var kind in new[] { step.OverdueCard, step.WarningCard }.OfType<AlarmKind>())
                if (cards.FirstOrDefault(a => a.CaseId == step.CaseId && a.Kind == kind && a.ResolvedAt == null) is { } card)
                    Milestones.Resolve(db, card, end.Outcome, end.At);
        foreach (var (step, card) in late.DistinctBy(l => l.Card.Id).Where(l => cards.All(c => c.Id != l.Card.Id)))
            Milestones.Raise(db, step, card);
    }

    private abstract record Change(Guid CaseId, MilestoneKind Kind)
    {
        /// <summary>Applies the change; the time its step's trigger is judged at when it started or ended the step, else null.</summary>
        public abstract DateTimeOffset? Apply(Milestone step, DateTimeOffset now);
    }

    private sealed record Started(Guid CaseId, MilestoneKind Kind, string CaseNumber, StepOwner Owner, DateTimeOffset At, DateOnly Deadline, bool Arm)
        : Change(CaseId, Kind)
    {
        public override DateTimeOffset? Apply(Milestone step, DateTimeOffset now)
        {
            var started = step.Start(CaseNumber, Owner, At, Deadline);
            if (Arm) step.Arm();
            return started ? now : null;
        }
    }

    private sealed record Completed(Guid CaseId, MilestoneKind Kind, string Outcome, DateTimeOffset At) : Change(CaseId, Kind)
    {
        public override DateTimeOffset? Apply(Milestone step, DateTimeOffset now) => step.Complete(Outcome, At) ? At : null;
    }

    private sealed record Armed(Guid CaseId, MilestoneKind Kind) : Change(CaseId, Kind)
    {
        public override DateTimeOffset? Apply(Milestone step, DateTimeOffset now)
        {
            step.Arm();
            return null;
        }
    }
}
