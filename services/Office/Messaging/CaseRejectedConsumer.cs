using Linkage.Contracts.Events.Approval;
using Linkage.Messaging;
using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Messaging;

/// <summary>A department's refusal in approval (不予许可) is a negative decision handed back at the centre's window:
/// filed due, reported by the centre's clerk within the centre's hours like a reported refusal, else unfiled and a red
/// card (decision 0505). One filing per case, however many departments refused; none where the rejections were held
/// and approved first (decision 0562).</summary>
public sealed class CaseRejectedConsumer(OfficeDbContext db) : InboxConsumer<CaseRejected, OfficeDbContext>(db)
{
    protected override async Task Handle(CaseRejected m, ConsumeContext<CaseRejected> context)
    {
        var ct = context.CancellationToken;
        if (m.HandlingOrgUnitId is not { Length: > 0 } centre || m.HandlingDivision is not { Length: > 0 } division) return;
        if (await Db.Filings.AnyAsync(f => f.CaseId == m.CaseId && f.Kind == FilingKind.Rejection, ct)) return; // held per task and approved (0562)
        var rules = await Db.RulesOfAsync(centre, division, ct);
        var reasons = string.Join("; ", m.Reasons.Select(r => $"{r.DepartmentId}: {r.Reason}"));
        var fact = new NegativeFact(m.CaseId, m.CaseNumber, m.MatterCode ?? "", centre, division,
            Texts.Clip("不予许可: " + reasons, OfficeLimits.TextLength), m.RejectedAt);
        Db.Filings.Add(NegativeFiling.Issued(fact, FilingKind.Rejection, m.RejectedAt.AddHours(rules.ReportWithinHours)));
    }
}
