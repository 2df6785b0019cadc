using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Federation;
using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Messaging;

/// <summary>A department asked for more (补正): the case waits for the applicant, who sees the notice; a station
/// that forwarded the case hears of it over the federation bus.</summary>
public sealed class SupplementRequestedConsumer(IntakeDbContext db) : InboxConsumer<SupplementRequested, IntakeDbContext>(db)
{
    protected override async Task Handle(SupplementRequested message, ConsumeContext<SupplementRequested> context)
    {
        var @case = await Db.Cases.FirstOrDefaultAsync(c => c.Id == message.CaseId, context.CancellationToken);
        var materials = message.Materials.Select(m => m.Code).ToList();
        if (@case is null || !@case.RequestSupplement(materials, message.Reason)) return;
        CaseOutbox.Upstream(Db, @case, CaseStatusChanged.AwaitingSupplement, message.RequestedAt, materials: materials, reason: message.Reason);
    }
}
