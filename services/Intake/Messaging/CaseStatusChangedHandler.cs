using Linkage.Contracts.Federation;
using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Messaging;

/// <summary>At the station: the competent unit reports what became of a forwarded case, and the station's own copy
/// follows — 补正 with what is asked, 办结 with the outcome (the proxy ledger line is replied, 回复), the licence's
/// identifier once issued, a moved due date, a termination. Events come in the unit's order (sequence); a case of another unit is refused.
/// Reads without locks and writes through the change tracker only, so events are applied in one batch and several
/// in one round (a refusal fails the round, whose events then go one by one; decision 0648).</summary>
public sealed class CaseStatusChangedHandler(IntakeDbContext db, TimeProvider clock)
    : FederationInboxHandler<CaseStatusChanged, IntakeDbContext>(db)
{
    private readonly RoundCases cases = new();
    private Dictionary<Guid, ProxyLedgerEntry>? lines;

    protected override bool AppliesInOneBatch => true;

    protected override async Task Prepare(IReadOnlyList<CaseStatusChanged> payloads, CancellationToken ct)
    {
        await cases.LoadAsync(Db, payloads.Select(p => p.CaseId), ct);
        var completed = payloads.Where(p => p.Status == CaseStatusChanged.Completed).Select(p => (Guid?)p.CaseId).Distinct().ToList();
        lines = completed.Count == 0 ? [] : await Db.ProxyLedger.Where(e => completed.Contains(e.CaseId)).ToDictionaryAsync(e => e.CaseId!.Value, ct);
    }

    protected override async Task Handle(FederationEvent envelope, CaseStatusChanged payload, CancellationToken ct)
    {
        var @case = await cases.FindAsync(Db, payload.CaseId, ct)
            ?? throw new FederationRefusedException($"no case {payload.CaseId} was taken here");
        if (@case.HandlingDivision != payload.HandlingDivision)
            throw new FederationRefusedException($"case {payload.CaseId} is handled by {@case.HandlingDivision}, not {payload.HandlingDivision}");
        switch (payload.Status)
        {
            case CaseStatusChanged.AwaitingSupplement:
                @case.RequestSupplement(payload.Materials ?? [], payload.Reason ?? "", payload.ChangedAt);
                break;
            case CaseStatusChanged.Completed:
                if (@case.Complete(payload.Outcome ?? CaseStatusChanged.Completed, payload.ChangedAt) && !@case.IsCompetentCopy)
                    Db.Publish(CaseEvents.ForwardedCompleted(@case), @case.Id.ToString()); // the rating invitation goes out here (0628)
                await ReplyAsync(payload, ct);
                break;
            case CaseStatusChanged.CertificateIssued when payload.CertificateIdentifier is { Length: > 0 } identifier:
                @case.RecordCertificate(identifier);
                break;
            case CaseStatusChanged.DueDateMoved when payload.DueDate is { } dueDate:
                @case.MoveDueDate(dueDate);
                break;
            case CaseStatusChanged.Terminated:
                if (@case.Status is not (CaseStatus.Terminated or CaseStatus.Completed)) @case.Terminate(payload.ChangedAt);
                break;
            default:
                throw new FederationRefusedException($"unknown status '{payload.Status}'");
        }
    }

    private async Task ReplyAsync(CaseStatusChanged payload, CancellationToken ct)
    {
        var line = lines is null
            ? await Db.ProxyLedger.FirstOrDefaultAsync(e => e.CaseId == payload.CaseId, ct)
            : lines.GetValueOrDefault(payload.CaseId);
        if (line is not null && line.IsNext(ProxyStage.Replied)) line.Reply(payload.ChangedAt, clock.GetUtcNow());
    }
}
