using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>The steps a proxy case records by itself, in the same save as the case. At receipt it takes the line the
/// agent opened for this principal and matter (the oldest open one), or opens one; acceptance is 受理, and since a
/// station never handles a matter itself (decision 0042) that acceptance also forwards the case over the federation
/// bus (转办) to the competent window. An instant matter is finished on the spot (回复).</summary>
public static class ProxyCaseSteps
{
    public static async Task RecordAsync(IntakeDbContext db, IntakeCase c, CancellationToken ct)
    {
        if (c.Channel != Channel.Proxy || c.Agent is null) return; // the competent unit's copy of a forwarded case has no agent
        // no detection makes an entry Added: no entity navigates to a case (0815, CaseNavigationTests)
        if (DetectOnce.Undetected(db, () => db.Entry(c).State) == EntityState.Added)
        {
            // a case being created: the line is taken or opened by the save itself, no read before it (decision 0754)
            db.SendWithSave(LineTake.TakeOrOpen(Steps(Opened(c), c)));
            return;
        }
        Steps(await LineOfAsync(db, c, ct), c);
    }

    private static ProxyLedgerEntry Steps(ProxyLedgerEntry line, IntakeCase c)
    {
        if (c.AcceptedAt is { } acceptedAt && line.IsNext(ProxyStage.Accepted)) line.Accept(acceptedAt);
        if (c.ForwardedAt is { } forwardedAt && line.IsNext(ProxyStage.Forwarded)) line.Forward(c.HandlingOrgUnitName, forwardedAt);
        if (c is { Status: CaseStatus.Completed, CompletedAt: { } completedAt } && line.IsNext(ProxyStage.Replied))
            line.Reply(completedAt, completedAt);
        return line;
    }

    private static ProxyLedgerEntry Opened(IntakeCase c)
    {
        var line = ProxyLedgerEntry.Ask(new ProxyAsk(c.SubmittedAtOrgUnitId, c.SubmittedAtDivision, c.Agent!.Subject, c.Agent.Name,
            c.Applicant, c.MatterCode, null), c.ReceivedAt);
        line.Link(c.Id, c.CaseNumber);
        return line;
    }

    private static async Task<ProxyLedgerEntry> LineOfAsync(IntakeDbContext db, IntakeCase c, CancellationToken ct)
    {
        if (await db.ProxyLedger.FirstOrDefaultAsync(e => e.CaseId == c.Id, ct) is { } linked) return linked;
        var line = await db.ProxyLedger
            .Where(e => e.StationOrgUnitId == c.SubmittedAtOrgUnitId && e.CaseId == null && e.Stage == ProxyStage.Asked
                && e.PrincipalDigest == c.Applicant.IdDigest && e.MatterCode == c.MatterCode)
            .OrderBy(e => e.AskedAt).FirstOrDefaultAsync(ct);
        if (line is null)
        {
            line = Opened(c);
            db.ProxyLedger.Add(line);
        }
        else line.Link(c.Id, c.CaseNumber);
        return line;
    }
}
