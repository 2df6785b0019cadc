using Linkage.Contracts.Fees.V1;
using Linkage.Intake.Domain;
using Linkage.ServiceDefaults.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Messaging;

/// <summary>未缴费不得办结 (decision 0442): an approved case whose pinned entry lists a fee completes only when the fees
/// module says it is paid or waived; fees then sends FeeCleared and the case completes. Entries without a fee never
/// ask, so a deployment without the fees module is unaffected until it lists fees.</summary>
public sealed class CompletionFeeGate(CatalogLookup catalog, IServiceProvider services)
{
    public async Task<bool> MayCompleteAsync(IntakeCase c, CancellationToken ct)
    {
        var entry = await catalog.ImplementationAsync(c.ImplementationCode, c.ImplementationVersion, ct);
        if (!entry.Found || !entry.Fees.Any(f => f.AmountFen > 0)) return true;
        var fees = services.GetService<FeeGate.FeeGateClient>()
            ?? throw new InvalidOperationException($"Case {c.CaseNumber} is fee-bearing and Linkage:Grpc:Fees is not configured.");
        var reply = await fees.CheckCompletionAsync(new CheckCompletionRequest
        {
            CaseId = c.Id.ToString(), ImplementationCode = c.ImplementationCode, ImplementationVersion = c.ImplementationVersion,
        }, cancellationToken: ct);
        return reply.MayComplete;
    }
}
