using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Fees.V1;
using Linkage.Intake.Domain;
using Linkage.ServiceDefaults.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Messaging;

/// <summary>未缴费不得办结 (decision 0442): an approved case whose pinned entry (or, for a one-thing case, any leg's)
/// lists a fee completes only when the fees module says it is paid or waived; fees then sends FeeCleared and the case
/// completes. Entries without a fee never ask, so a deployment without the fees module is unaffected until it lists fees.</summary>
public sealed class CompletionFeeGate(CatalogLookup catalog, IServiceProvider services)
{
    public async Task<bool> MayCompleteAsync(IntakeCase c, CancellationToken ct)
    {
        var request = new CheckCompletionRequest
        {
            CaseId = c.Id.ToString(), ImplementationCode = c.ImplementationCode, ImplementationVersion = c.ImplementationVersion,
        };
        var feeBearing = false;
        if (c.Bundle is { } bundle)
            foreach (var leg in bundle.Legs)
            {
                feeBearing |= Lists(await catalog.ImplementationAsync(leg.ImplementationCode, leg.ImplementationVersion, ct));
                request.Legs.Add(new BundleLegEntry { ImplementationCode = leg.ImplementationCode, ImplementationVersion = leg.ImplementationVersion, MatterName = leg.MatterName });
            }
        else feeBearing = Lists(await catalog.ImplementationAsync(c.ImplementationCode, c.ImplementationVersion, ct));
        if (!feeBearing) return true;
        var fees = services.GetService<FeeGate.FeeGateClient>()
            ?? throw new InvalidOperationException($"Case {c.CaseNumber} is fee-bearing and Linkage:Grpc:Fees is not configured.");
        return (await fees.CheckCompletionAsync(request, cancellationToken: ct)).MayComplete;
    }

    private static bool Lists(Implementation entry) => entry.Found && entry.Fees.Any(f => f.AmountFen > 0);
}
