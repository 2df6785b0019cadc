using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>一次性告知: the missing-materials notice answers the acceptance step as acceptance does (行政许可法 Art. 32).</summary>
public sealed class MaterialsRequestedConsumer(SupervisionDbContext db) : InboxConsumer<MaterialsRequested, SupervisionDbContext>(db)
{
    protected override Task Handle(MaterialsRequested m, ConsumeContext<MaterialsRequested> context) =>
        AcceptanceSteps.AnswerAsync(Db, m.CaseId, m.CaseNumber, m.HandlingDivision, AcceptanceStep.Notice, m.RequestedAt,
            context.CancellationToken);
}
