using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Office.Domain;
using Linkage.Office.Features.Filings;
using Linkage.Office.Persistence;
using MassTransit;

namespace Linkage.Office.Messaging;

/// <summary>A refusal reached the applicant. Approved first: filed already. Report only: due from the clerk within the
/// centre's hours. Issued where it needed approval and was not approved: unfiled at once, and supervision is told.</summary>
public sealed class CaseRefusedConsumer(OfficeDbContext db, TimeProvider clock) : InboxConsumer<CaseRefused, OfficeDbContext>(db)
{
    protected override async Task Handle(CaseRefused m, ConsumeContext<CaseRefused> context)
    {
        var ct = context.CancellationToken;
        var filing = await Db.FilingOfAsync(m.CaseId, FilingKind.Refusal, ct);
        if (filing is { Status: not (FilingStatus.AwaitingApproval or FilingStatus.Returned) }) return;
        var rules = await Db.RulesOfAsync(m.HandlingOrgUnitId, m.HandlingDivision, ct);
        var fact = new NegativeFact(m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId, m.HandlingDivision, m.Reason, m.RefusedAt);
        var now = clock.GetUtcNow();
        if (filing is not null) filing.Flag(now);
        else if (rules.ApprovalFirst) Db.Filings.Add(filing = NegativeFiling.IssuedUnapproved(fact, now));
        else
        {
            Db.Filings.Add(NegativeFiling.Issued(fact, FilingKind.Refusal, m.RefusedAt.AddHours(rules.ReportWithinHours)));
            return;
        }
        Db.Publish(Unfiled.Of(filing, now), m.CaseId.ToString());
    }
}
