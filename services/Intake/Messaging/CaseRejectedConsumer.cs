using Linkage.Contracts.Events.Approval;
using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;

namespace Linkage.Intake.Messaging;

/// <summary>A department rejected the case (不予许可): it is finished with that outcome, as an approval is (0678).</summary>
public sealed class CaseRejectedConsumer(IntakeDbContext db, CaseSaves saves) : CaseBatchConsumer<CaseRejected>(db)
{
    protected override Guid CaseOf(CaseRejected message) => message.CaseId;

    protected override Task Apply(CaseRejected message, IntakeCase? @case, CancellationToken ct) =>
        CaseCompletion.CompleteAsync(@case, saves, "rejected", message.RejectedAt, ct);
}
