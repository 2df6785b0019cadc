using Linkage.Contracts.Events.Approval;
using Linkage.Certificates.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Certificates.Messaging;

/// <summary>Which departments review a case, so their reviewers may read it here (decision 0300); a batch's cases in
/// one insert (decision 0662).</summary>
public sealed class ReviewOpenedConsumer(CertificatesDbContext db) : InboxBatchConsumer<ReviewOpened, CertificatesDbContext>(db)
{
    protected override Task Prepare(IReadOnlyList<ReviewOpened> messages, CancellationToken ct) =>
        CaseDepartments.ProjectAsync(Db, messages.Select(m => (m.CaseId, m.DepartmentIds.AsEnumerable())), ct);

    protected override Task Handle(ReviewOpened message, ConsumeContext<ReviewOpened> context) => Task.CompletedTask;
}
