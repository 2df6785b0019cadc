using Linkage.Contracts.Events.Certificates;
using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Messaging;

/// <summary>送达: a case's licence reached its holder. At a station's deployment it is the station's own hand-over of the
/// copy kept there, at the issuer the window's, the mail's or the station's as it came up (decision 0658). The case shows
/// when, recorded by whom and who collected it (masked); once.</summary>
public sealed class CertificateDeliveredConsumer(IntakeDbContext db) : InboxConsumer<CertificateDelivered, IntakeDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // no locks, tracked rows only (decision 0619)

    protected override async Task Handle(CertificateDelivered m, ConsumeContext<CertificateDelivered> context)
    {
        var @case = await Db.Cases.FirstOrDefaultAsync(c => c.Id == m.CaseId, context.CancellationToken);
        @case?.RecordHandOver(new CertificateHandOver(m.Identifier, m.Method, m.DeliveredAt, m.DeliveredBy, m.DeliveredByName,
            m.RecipientMaskedId, m.RecipientName, m.AuthorisationLetter));
    }
}
