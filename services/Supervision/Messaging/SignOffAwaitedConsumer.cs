using Linkage.Contracts.Events.Approval;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>签发 owed (0141): the sign-off step starts when the departments have approved, due the handling region's
/// <c>signOffWorkingDays</c> later (0631), owed by the handling unit; <c>CaseApproved</c> ends it. The events waiting on
/// the queue go as one round, their cases read in one statement and their steps taken and written back together, as the
/// other steps' events are (0676, 0713); one that overtook its case's acceptance fails the round, which then goes one by one.</summary>
public sealed class SignOffAwaitedConsumer(SupervisionDbContext db, RuleBooks rules, TimeProvider clock) : MilestoneConsumer<SignOffAwaited>(db, clock)
{
    protected override Guid? TurnOf(SignOffAwaited m) => m.CaseId;

    private RuleBook book = null!;
    private Dictionary<Guid, SupervisedCase> cases = [];

    protected override async Task Read(IReadOnlyList<SignOffAwaited> messages, CancellationToken ct)
    {
        book = await rules.LoadAsync(Db, ct);
        cases = await WatchedAsync(messages.Select(m => m.CaseId), ct);
    }

    protected override Task Handle(SignOffAwaited m, ConsumeContext<SignOffAwaited> context)
    {
        if (!cases.TryGetValue(m.CaseId, out var watched))
            throw new EventOvertakenException($"Case {m.CaseId} is not watched yet; its acceptance has not arrived.");
        var deadline = WorkingDayCalendar.China.AddWorkingDays(ChinaTime.ToLocalDate(m.AwaitingSince), book.For(m.HandlingDivision).SignOffWorkingDays);
        var handling = new StepOwner(m.HandlingDivision, watched.HandlingOrgUnitId, watched.MatterCode, watched.CountedWindow);
        Steps.Start(m.CaseId, MilestoneKind.SignOff, m.CaseNumber, handling, m.AwaitingSince, deadline, arm: true);
        return Task.CompletedTask;
    }
}
