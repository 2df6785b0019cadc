using Linkage.Contracts.Events.Approval;
using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;

namespace Linkage.Intake.Messaging;

/// <summary>Every department approved: the case is finished (办结) and the result goes back where it was taken,
/// unless its fee is still unpaid (then FeeCleared finishes it). The fee gate is asked before the round's save (0619);
/// the approvals waiting on the queue are applied together (0678).</summary>
public sealed class CaseApprovedConsumer(IntakeDbContext db, CaseSaves saves, CompletionFeeGate fees) : CaseBatchConsumer<CaseApproved>(db)
{
    protected override Guid CaseOf(CaseApproved message) => message.CaseId;

    protected override Task Apply(CaseApproved message, IntakeCase? @case, CancellationToken ct) =>
        CaseCompletion.CompleteAsync(@case, saves, "approved", message.ApprovedAt, ct, fees);
}
