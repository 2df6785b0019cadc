using Linkage.Contracts.Events.Approval;
using Linkage.Messaging;
using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Messaging;

/// <summary>Approval opened a case's review: its plan's departments are the ones a joint review may seat.
/// Independent of the order in which CaseAccepted arrives.</summary>
public sealed class ReviewOpenedConsumer(VideoReviewDbContext db) : InboxConsumer<ReviewOpened, VideoReviewDbContext>(db)
{
    protected override bool AppliesInOneBatch => true;

    protected override async Task Handle(ReviewOpened m, ConsumeContext<ReviewOpened> context)
    {
        if (await Db.Plans.AnyAsync(p => p.CaseId == m.CaseId, context.CancellationToken)) return;
        Db.Plans.Add(CasePlan.Of(m.CaseId, m.DepartmentIds));
    }
}
