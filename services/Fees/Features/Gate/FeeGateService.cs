using Grpc.Core;
using Linkage.Contracts.Fees.V1;
using Linkage.Fees.Messaging;
using Linkage.Fees.Persistence;
using Linkage.ServiceDefaults.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Fees.Features.Gate;

/// <summary>Intake asks before an approved case completes (decision 0442). A case fees has not assessed yet is judged
/// from the entry it pinned (or its bundle's legs): if that lists a fee, it may not complete yet.</summary>
public sealed class FeeGateService(FeesDbContext db, CatalogLookup catalog) : FeeGate.FeeGateBase
{
    public override async Task<CheckCompletionReply> CheckCompletion(CheckCompletionRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.CaseId, out var caseId)) throw new RpcException(new Status(StatusCode.InvalidArgument, "case_id is not a uuid."));
        var ct = context.CancellationToken;
        var fee = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(f => f.CaseId == caseId, ct);
        if (fee is not null)
            return new CheckCompletionReply { MayComplete = fee.Settled, OutstandingFen = fee.OutstandingFen, Reason = fee.Settled ? "" : "The fee is unpaid." };
        long due;
        if (request.Legs.Count > 0)
            due = (await FeeAssessor.BundleLinesAsync(catalog, request.Legs.Select(l => (l.ImplementationCode, l.ImplementationVersion, l.MatterName)), ct))
                .Sum(l => l.DueFen);
        else
        {
            var entry = await catalog.ImplementationAsync(request.ImplementationCode, request.ImplementationVersion, ct);
            due = entry.Found ? FeeAssessor.Lines(entry).Sum(l => l.DueFen) : 0;
        }
        return new CheckCompletionReply { MayComplete = due == 0, OutstandingFen = due, Reason = due == 0 ? "" : "The fee is not assessed yet." };
    }
}
