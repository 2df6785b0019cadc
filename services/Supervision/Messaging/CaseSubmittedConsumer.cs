using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>收件: the acceptance step's clock starts under the receiving region's limit (0595).</summary>
public sealed class CaseSubmittedConsumer(SupervisionDbContext db, EffectiveRules defaults, TimeProvider clock)
    : InboxConsumer<CaseSubmitted, SupervisionDbContext>(db)
{
    protected override async Task Handle(CaseSubmitted m, ConsumeContext<CaseSubmitted> context)
    {
        var ct = context.CancellationToken;
        var step = await AcceptanceSteps.FindOrAddAsync(Db, m.CaseId, m.CaseNumber, m.SubmittedAtDivision, ct);
        var limit = (await RuleBooks.LoadAsync(Db, defaults, ct)).For(m.SubmittedAtDivision).AcceptanceWorkingDays;
        if (step.Receive(m.SubmittedAtDivision, m.SubmittedAt, limit)) await AcceptanceSteps.RaiseIfLateAsync(Db, step, clock.GetUtcNow(), ct);
    }
}
