using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Office.Domain;
using Linkage.Office.Persistence;
using MassTransit;

namespace Linkage.Office.Messaging;

/// <summary>A missing-materials notice issued more than the centre's N days after receipt is a negative decision too:
/// due from the clerk like a reported refusal. One filing per case, however many late notices.</summary>
public sealed class MaterialsRequestedConsumer(OfficeDbContext db) : InboxConsumer<MaterialsRequested, OfficeDbContext>(db)
{
    protected override async Task Handle(MaterialsRequested m, ConsumeContext<MaterialsRequested> context)
    {
        var ct = context.CancellationToken;
        if (m.ReceivedAt is not { } received) return;
        var rules = await Db.RulesOfAsync(m.HandlingOrgUnitId, m.HandlingDivision, ct);
        if (m.RequestedAt - received <= TimeSpan.FromDays(rules.LateNoticeDays)) return;
        if (await Db.FilingOfAsync(m.CaseId, FilingKind.LateMaterialsNotice, ct) is not null) return;
        var fact = new NegativeFact(m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId, m.HandlingDivision,
            Features.Shared.Texts.Clip("缺件告知: " + string.Join(", ", m.MaterialCodes), OfficeLimits.TextLength), m.RequestedAt);
        Db.Filings.Add(NegativeFiling.Issued(fact, FilingKind.LateMaterialsNotice, m.RequestedAt.AddHours(rules.ReportWithinHours)));
    }
}
