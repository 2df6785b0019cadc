using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using MassTransit;

namespace Linkage.Office.Messaging;

/// <summary>A clerk means to refuse a case at a centre that approves refusals first: the refusal is held here until the
/// management decides. A returned filing is held again with the new reason; a held one stays as it is.</summary>
public sealed class RefusalProposedConsumer(OfficeDbContext db) : InboxConsumer<RefusalProposed, OfficeDbContext>(db)
{
    protected override async Task Handle(RefusalProposed m, ConsumeContext<RefusalProposed> context)
    {
        var fact = new NegativeFact(m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId, m.HandlingDivision, m.Reason, m.ProposedAt);
        var filing = await Db.FilingOfAsync(m.CaseId, FilingKind.Refusal, context.CancellationToken);
        if (filing is null) Db.Filings.Add(NegativeFiling.Held(fact, FilingKind.Refusal, m.ProposedBy, Texts.Clip(m.ProposedByName)));
        else if (filing.Status == FilingStatus.Returned) filing.HoldAgain(fact, m.ProposedBy, Texts.Clip(m.ProposedByName));
    }
}
