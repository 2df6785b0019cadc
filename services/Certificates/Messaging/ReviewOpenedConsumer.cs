using Linkage.Contracts.Events.Approval;
using Linkage.Certificates.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Certificates.Messaging;

/// <summary>Which departments review a case, so their reviewers may read it here (decision 0300).</summary>
public sealed class ReviewOpenedConsumer(CertificatesDbContext db) : InboxConsumer<ReviewOpened, CertificatesDbContext>(db)
{
    protected override bool AppliesInOneBatch => true;

    protected override Task Handle(ReviewOpened message, ConsumeContext<ReviewOpened> context) =>
        CaseDepartments.ProjectAsync(Db, message.CaseId, message.DepartmentIds, context.CancellationToken);
}
