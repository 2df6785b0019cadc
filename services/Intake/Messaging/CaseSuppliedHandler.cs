using Linkage.Contracts.Federation;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Messaging;

/// <summary>At the competent unit: the station took materials for a forwarded case. The codes the case still awaits
/// are supplied here too, so it leaves 补正 and approval hears MaterialsSupplied; codes supplied already (one deployment
/// holds both copies) change nothing. A case taken at another station is refused.</summary>
public sealed class CaseSuppliedHandler(IntakeDbContext db, CaseSaves saves, TimeProvider clock)
    : FederationInboxHandler<CaseSupplied, IntakeDbContext>(db)
{
    protected override async Task Handle(FederationEvent envelope, CaseSupplied payload, CancellationToken ct)
    {
        var @case = await Db.Cases.FirstOrDefaultAsync(c => c.Id == payload.CaseId, ct)
            ?? throw new FederationRefusedException($"no case {payload.CaseId} is handled here");
        if (@case.SubmittedAtDivision != payload.SubmittedAtDivision)
            throw new FederationRefusedException($"case {payload.CaseId} was taken at {@case.SubmittedAtDivision}, not {payload.SubmittedAtDivision}");
        var awaited = payload.Materials.Where(@case.Awaited.Contains).Distinct().ToList();
        if (awaited.Count == 0) return;
        @case.Supply(awaited, payload.SuppliedAt, ChinaTime.Today(clock));
        await saves.StageAsync(ct);
    }
}
