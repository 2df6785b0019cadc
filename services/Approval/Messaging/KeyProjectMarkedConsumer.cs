using Linkage.Approval.Persistence;
using Linkage.Contracts.Events.Supervision;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Messaging;

/// <summary>A key project (绿色通道): its tasks move to the top of the inbox. A case approval never opened is ignored.</summary>
public sealed class KeyProjectMarkedConsumer(ApprovalDbContext db) : InboxConsumer<KeyProjectMarked, ApprovalDbContext>(db)
{
    protected override Guid? TurnOf(KeyProjectMarked m) => m.CaseId;

    protected override async Task Handle(KeyProjectMarked message, ConsumeContext<KeyProjectMarked> context)
    {
        var ct = context.CancellationToken;
        if (!await Db.Cases.AnyAsync(c => c.Id == message.CaseId, ct)) return;
        (await Db.LockAsync(message.CaseId, ct)).MarkKeyProject(message.TargetOn);
    }
}
