using Linkage.Contracts.Events.Approval;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Messaging;

/// <summary>A department asked for more (补正): the case waits for the applicant, who sees the notice; a station
/// that forwarded the case hears of it over the federation bus (through the save path). The inbox saves.</summary>
public sealed class SupplementRequestedConsumer(IntakeDbContext db, CaseSaves saves) : InboxConsumer<SupplementRequested, IntakeDbContext>(db)
{
    protected override async Task Handle(SupplementRequested message, ConsumeContext<SupplementRequested> context)
    {
        var ct = context.CancellationToken;
        var @case = await Db.Cases.FirstOrDefaultAsync(c => c.Id == message.CaseId, ct);
        if (@case is null || !@case.RequestSupplement(message.Materials.Select(m => m.Code).ToList(), message.Reason, message.RequestedAt)) return;
        await saves.StageAsync(ct);
    }
}
