using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Persistence;
using MassTransit;

namespace Linkage.VideoReview.Messaging;

/// <summary>Accepted cases are the ones a session can be held on; a batch's are read in one statement (decision 0662).</summary>
public sealed class CaseAcceptedConsumer(VideoReviewDbContext db) : InboxBatchConsumer<CaseAccepted, VideoReviewDbContext>(db)
{
    private HashSet<Guid> known = [];

    protected override async Task Prepare(IReadOnlyList<CaseAccepted> messages, CancellationToken ct) =>
        known = await KnownCases.AmongAsync(Db.Cases.Select(c => c.Id), messages.Select(m => m.CaseId), ct);

    protected override Task Handle(CaseAccepted m, ConsumeContext<CaseAccepted> context)
    {
        if (known.Add(m.CaseId)) Db.Cases.Add(ReviewableCase.Know(m.CaseId, m.CaseNumber, m.MatterName, m.HandlingDivision, m.SubmittedAtDivision));
        return Task.CompletedTask;
    }
}
