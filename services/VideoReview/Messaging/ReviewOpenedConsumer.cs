using Linkage.Contracts.Events.Approval;
using Linkage.Messaging;
using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Persistence;
using MassTransit;

namespace Linkage.VideoReview.Messaging;

/// <summary>Approval opened a case's review: its plan's departments are the ones a joint review may seat.
/// Independent of the order in which CaseAccepted arrives. A batch's plans are read in one statement (decision 0662).</summary>
public sealed class ReviewOpenedConsumer(VideoReviewDbContext db) : InboxBatchConsumer<ReviewOpened, VideoReviewDbContext>(db)
{
    private HashSet<Guid> planned = [];

    protected override async Task Prepare(IReadOnlyList<ReviewOpened> messages, CancellationToken ct) =>
        planned = await KnownCases.AmongAsync(Db.Plans.Select(p => p.CaseId), messages.Select(m => m.CaseId), ct);

    protected override Task Handle(ReviewOpened m, ConsumeContext<ReviewOpened> context)
    {
        if (planned.Add(m.CaseId)) Db.Plans.Add(CasePlan.Of(m.CaseId, m.DepartmentIds));
        return Task.CompletedTask;
    }
}
