using Linkage.Contracts.Events.Certificates;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Messaging;

/// <summary>A case's licence was revoked (撤销): by this deployment's certificates module, or, at a station's
/// deployment, by the county whose licence is kept here as a copy (its revocation comes down with the copy and is
/// announced here once it is applied, decision 0528). The case shows which licence, why and when (0626); once.</summary>
public sealed class CertificateRevokedConsumer(IntakeDbContext db) : InboxConsumer<CertificateRevoked, IntakeDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // no locks, tracked rows only (decision 0619)

    protected override async Task Handle(CertificateRevoked message, ConsumeContext<CertificateRevoked> context)
    {
        var @case = await Db.Cases.FirstOrDefaultAsync(c => c.Id == message.CaseId, context.CancellationToken);
        @case?.RecordRevocation(message.Identifier, message.Reason, message.RevokedAt);
    }
}
