using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Messaging;

/// <summary>Accepted cases are the ones a session can be held on.</summary>
public sealed class CaseAcceptedConsumer(VideoReviewDbContext db) : InboxConsumer<CaseAccepted, VideoReviewDbContext>(db)
{
    protected override bool AppliesInOneBatch => true;

    protected override async Task Handle(CaseAccepted m, ConsumeContext<CaseAccepted> context)
    {
        if (await Db.Cases.AnyAsync(c => c.Id == m.CaseId, context.CancellationToken)) return;
        Db.Cases.Add(ReviewableCase.Know(m.CaseId, m.CaseNumber, m.MatterName, m.HandlingDivision, m.SubmittedAtDivision));
    }
}
