using Linkage.Contracts.Federation;
using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Messaging;

/// <summary>At the station: the competent unit reports a forwarded case finished, and its proxy ledger line is
/// replied (回复). Other statuses (补正) leave the line where it is; a repeat changes nothing.</summary>
public sealed class CaseStatusChangedHandler(IntakeDbContext db, TimeProvider clock)
    : FederationInboxHandler<CaseStatusChanged, IntakeDbContext>(db)
{
    private const string Completed = "completed";

    protected override async Task Handle(FederationEvent envelope, CaseStatusChanged payload, CancellationToken ct)
    {
        if (payload.Status != Completed) return;
        var line = await Db.ProxyLedger.FirstOrDefaultAsync(e => e.CaseId == payload.CaseId, ct);
        if (line is null || !line.IsNext(ProxyStage.Replied)) return;
        line.Reply(payload.ChangedAt, clock.GetUtcNow());
    }
}
