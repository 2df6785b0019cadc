using Linkage.Contracts.Events.Approval;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>签发 owed (0141): the sign-off step starts when the departments have approved, due the handling region's
/// <c>signOffWorkingDays</c> later (0631), owed by the handling unit; <c>CaseApproved</c> ends it.</summary>
public sealed class SignOffAwaitedConsumer(SupervisionDbContext db, RuleBooks rules, TimeProvider clock)
    : InboxConsumer<SignOffAwaited, SupervisionDbContext>(db)
{
    protected override async Task Handle(SignOffAwaited m, ConsumeContext<SignOffAwaited> context)
    {
        var ct = context.CancellationToken;
        var watched = await ApprovalFacts.WatchedAsync(Db, m.CaseId, ct);
        var limit = (await rules.ForAsync(Db, m.HandlingDivision, ct)).SignOffWorkingDays;
        var deadline = WorkingDayCalendar.China.AddWorkingDays(ChinaTime.ToLocalDate(m.AwaitingSince), limit);
        var handling = new StepOwner(m.HandlingDivision, watched.HandlingOrgUnitId, watched.MatterCode, watched.CountedWindow);
        var steps = new MilestoneChanges();
        steps.Start(m.CaseId, MilestoneKind.SignOff, m.CaseNumber, handling, m.AwaitingSince, deadline, arm: true);
        await steps.ApplyAsync(Db, clock.GetUtcNow(), ct); // in the delivery's transaction (0676)
    }
}
