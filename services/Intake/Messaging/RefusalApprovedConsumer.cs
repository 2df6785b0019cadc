using Linkage.Contracts.Events.Office;
using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Messaging;

/// <summary>否定报备 approved (decision 0502): the held refusal is issued now, with the reason filed. A case that moved on
/// meanwhile (accepted, or supplied in full) is left as it is.</summary>
public sealed class RefusalApprovedConsumer(IntakeDbContext db, CaseSaves saves) : InboxConsumer<RefusalApproved, IntakeDbContext>(db)
{
    protected override async Task Handle(RefusalApproved m, ConsumeContext<RefusalApproved> context)
    {
        var c = await Db.Cases.FirstOrDefaultAsync(x => x.Id == m.CaseId, context.CancellationToken);
        if (c is not { Status: CaseStatus.Received or CaseStatus.AwaitingMaterials }) return;
        c.Refuse(m.Reason, m.ApprovedAt);
        await saves.StageAsync(context.CancellationToken);
    }
}
