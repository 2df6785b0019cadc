using Linkage.Contracts.Catalog.V1;
using Linkage.ServiceDefaults.Catalog;

namespace Linkage.Intake.Features.SubmitCase;

/// <summary>Asks the catalog which unit handles the matter here and checks the submission against its entry.</summary>
public sealed class DestinationResolver(CatalogLookup catalog)
{
    public async Task<(CaseDestination? Destination, FieldErrors Errors)> ResolveAsync(ValidSubmission submission, CallerContext caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var division = caller.Division?.Value ?? "";
        var unit = await catalog.ResolveAsync(submission.AppliedFor.Code, division, submission.OrgUnitId, ct);
        if (!unit.Found)
            return (null, errors.Add("matterCode", $"The matter is not handled for division {division}."));
        if (submission.Channel != Domain.Channel.Online && unit.OrgUnitId != submission.OrgUnitId && !unit.ProxyAllowed)
            return (null, errors.Add("matterCode", "The matter is handled elsewhere and cannot be taken here by proxy."));

        var implementation = await catalog.ImplementationAsync(unit.ImplementationCode, unit.ImplementationVersion, ct);
        if (!implementation.Found)
            return (null, errors.Add("matterCode", "The matter's implementation entry was not found."));

        return Listed(submission, implementation, errors) ? (new CaseDestination(unit, implementation), errors) : (null, errors);
    }

    /// <summary>Every submitted material is in the entry's (or the bundle's merged) list; else errors per index.</summary>
    public static bool Listed(ValidSubmission submission, Implementation implementation, FieldErrors errors)
    {
        var known = implementation.Materials.Select(m => m.Code).ToHashSet();
        for (var i = 0; i < submission.Materials.Count; i++)
            if (!known.Contains(submission.Materials[i]))
                errors.Add($"materials[{i}].code", $"'{submission.Materials[i]}' is not in this matter's materials list.");
        return !errors.Any;
    }
}
