using Linkage.Contracts.Events.Intake;
using Linkage.Contracts.Federation;
using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Messaging;

/// <summary>At the competent unit: a case forwarded from a station has arrived. Approval starts from here.</summary>
public sealed class CaseForwardedHandler(IntakeDbContext db, TimeProvider clock)
    : FederationInboxHandler<CaseForwarded, IntakeDbContext>(db)
{
    private readonly RoundCases cases = new();
    private readonly ArrivedCases arrived = new(db);

    protected override bool AppliesInOneBatch => true;

    protected override IRoundWrites RoundWrites => arrived;

    protected override Task Prepare(IReadOnlyList<CaseForwarded> payloads, CancellationToken ct) =>
        cases.LoadAsync(Db, payloads.Select(p => p.Acceptance.CaseId), ct);

    protected override async Task Handle(FederationEvent envelope, CaseForwarded payload, CancellationToken ct)
    {
        var accepted = payload.Acceptance;
        var @case = await cases.FindAsync(Db, accepted.CaseId, ct);
        if (@case is null)
        {
            @case = ForwardedCase.TakeOver(accepted, payload.ForwardedAt);
            cases.Add(Db, @case, arrived);
        }
        if (!@case.MarkArrived(clock.GetUtcNow())) return;
        Db.Publish<CaseAccepted>(accepted, accepted.CaseId.ToString());
    }
}
