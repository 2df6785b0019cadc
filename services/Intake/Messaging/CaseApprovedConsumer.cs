using Linkage.Contracts.Events.Approval;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Intake.Messaging;

/// <summary>Every department approved: the case is finished (办结) and the result goes back where it was taken,
/// unless its fee is still unpaid (then FeeCleared finishes it).</summary>
public sealed class CaseApprovedConsumer(IntakeDbContext db, CaseSaves saves, CompletionFeeGate fees) : InboxConsumer<CaseApproved, IntakeDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // tracked rows only; the fee gate asked outside (0619)

    protected override Task Handle(CaseApproved message, ConsumeContext<CaseApproved> context) =>
        CaseCompletion.CompleteAsync(Db, saves, message.CaseId, "approved", message.ApprovedAt, context.CancellationToken, fees);
}
