using Grpc.Core;
using Linkage.Catalog.Caching;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Features.ResolveCompetentUnit;
using Linkage.Catalog.Features.Shared;
using Linkage.Contracts.Catalog.V1;

namespace Linkage.Catalog.Grpc;

/// <summary>The catalog for other modules (intake, approval, certificates) and integrators: thin, cached, answers
/// in-band (<c>found</c> = false, with a reason) rather than with error statuses (decision 0040).</summary>
public sealed class CatalogGrpcService(CachedCatalog catalog) : CatalogService.CatalogServiceBase
{
    public override async Task<ResolveCompetentUnitReply> ResolveCompetentUnit(ResolveCompetentUnitRequest request, ServerCallContext context)
    {
        var divisionProblem = InputCheck.Division(request.DivisionCode, out var division);
        var problem = Problem("matter_code", InputCheck.Code(request.MatterCode, Domain.BasicCode.MaxLength))
            ?? Problem("division_code", divisionProblem)
            ?? Problem("submitting_org_unit_id", request.SubmittingOrgUnitId.Length > ImplementationRules.IdMaxLength ? "Too long." : null);
        if (problem is not null) return new ResolveCompetentUnitReply { Found = false, Reason = problem };

        var query = new CompetentUnitQuery(request.MatterCode, division.Value, request.SubmittingOrgUnitId);
        var unit = await catalog.ResolveAsync(query, context.CancellationToken);
        return unit is null
            ? new ResolveCompetentUnitReply { Found = false, Reason = $"No org unit at or above {request.DivisionCode} implements matter {request.MatterCode}." }
            : ProtoMapping.ToReply(unit);
    }

    public override async Task<Implementation> GetImplementation(GetImplementationRequest request, ServerCallContext context)
    {
        if (InputCheck.Code(request.ImplementationCode, Domain.BasicCode.ImplementationMaxLength) is not null || request.Version < 0)
            return new Implementation { Found = false, ImplementationCode = request.ImplementationCode, Version = request.Version };
        var details = await catalog.ImplementationAsync(request.ImplementationCode, request.Version, context.CancellationToken);
        return details is null
            ? new Implementation { Found = false, ImplementationCode = request.ImplementationCode, Version = request.Version }
            : ProtoMapping.ToProto(details);
    }

    public override async Task<Bundle> GetBundle(GetBundleRequest request, ServerCallContext context)
    {
        var missing = new Bundle { Found = false, BundleCode = request.BundleCode, Version = request.Version };
        if (InputCheck.Code(request.BundleCode, Domain.BasicCode.ImplementationMaxLength) is not null || request.Version < 0) return missing;
        var details = await catalog.BundleAsync(request.BundleCode, request.Version, context.CancellationToken);
        return details is null ? missing : BundleMapping.ToProto(details);
    }

    private static string? Problem(string field, string? message) => message is null ? null : $"{field}: {message}";
}
