using Linkage.Contracts.Events.Approval;
using Linkage.Supervision.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>Which departments review a case, so their reviewers may read it here (decision 0300).</summary>
public sealed class ReviewOpenedConsumer(SupervisionDbContext db) : InboxConsumer<ReviewOpened, SupervisionDbContext>(db)
{
    protected override Task Handle(ReviewOpened message, ConsumeContext<ReviewOpened> context) =>
        CaseDepartments.ProjectAsync(Db, message.CaseId, message.DepartmentIds, context.CancellationToken);
}
