using Linkage.Contracts.Events.Fees;
using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;

namespace Linkage.Intake.Messaging;

/// <summary>An approved case held back for its fee is paid or waived now: it is finished (办结). Fees sends one for every
/// approved case whose entry lists a fee (a free one completed on its approval, 0772); the clearances waiting on the
/// queue are applied together (0678).</summary>
public sealed class FeeClearedConsumer(IntakeDbContext db, CaseSaves saves, CompletionFeeGate fees) : CaseBatchConsumer<FeeCleared>(db)
{
    protected override Guid CaseOf(FeeCleared message) => message.CaseId;

    protected override Task Apply(FeeCleared message, IntakeCase? @case, CancellationToken ct) =>
        CaseCompletion.CompleteAsync(@case, saves, "approved", message.ClearedAt, ct, fees);
}
