using Linkage.Contracts.Events.Fees;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Intake.Messaging;

/// <summary>An approved case held back for its fee is paid or waived now: it is finished (办结).</summary>
public sealed class FeeClearedConsumer(IntakeDbContext db, CaseSaves saves, CompletionFeeGate fees) : InboxConsumer<FeeCleared, IntakeDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // tracked rows only; the fee gate asked outside (0619)

    protected override Task Handle(FeeCleared message, ConsumeContext<FeeCleared> context) =>
        CaseCompletion.CompleteAsync(Db, saves, message.CaseId, "approved", message.ClearedAt, context.CancellationToken, fees);
}
