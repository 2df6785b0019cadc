using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>一次性告知: the missing-materials notice ends the acceptance step as acceptance does (行政许可法 Art. 32).</summary>
public sealed class MaterialsRequestedConsumer(SupervisionDbContext db) : InboxConsumer<MaterialsRequested, SupervisionDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // the milestone's bare row before the batch, the rest in it (decision 0619)

    protected override Task Handle(MaterialsRequested m, ConsumeContext<MaterialsRequested> context) =>
        Milestones.CompleteAsync(Db, m.CaseId, MilestoneKind.Acceptance, "notice", m.RequestedAt, context.CancellationToken);
}
