using Linkage.Intake.Catalog;
using Linkage.Intake.Domain;
using Linkage.ServiceDefaults.Catalog;

namespace Linkage.Intake.Features.SubmitCase;

/// <summary>A one-thing bundle (一件事一次办) goes to its owning centre: taken at that centre's window or online, not by
/// village proxy; a bundle yielding a merged licence (keyed by the company's credit code) is applied for by an
/// organisation; materials are checked against the merged set (decision 0181).</summary>
public sealed class BundleDestinationResolver(CatalogLookup catalog)
{
    public async Task<(CaseDestination? Destination, FieldErrors Errors)> ResolveAsync(ValidSubmission s, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (s.Channel == Channel.Proxy)
            return (null, errors.Add("bundleCode", "One-thing bundles are taken at the owning centre's window or online, not by village proxy."));
        var bundle = await catalog.BundleAsync(s.AppliedFor.Code, 0, ct);
        if (!bundle.Found || !bundle.Active) return (null, errors.Add("bundleCode", $"No bundle {s.AppliedFor.Code} is offered."));
        if (s.Channel == Channel.Window && bundle.OrgUnitId != s.OrgUnitId)
            return (null, errors.Add("bundleCode", $"The bundle is taken at the window of {bundle.OrgUnitName}."));
        errors.Require(!bundle.MergedLicence.Produces || s.Applicant.Kind == ApplicantKind.Organisation, "applicant.kind",
            "This bundle yields one licence keyed by the company's credit code: the applicant is an organisation.");

        var entry = BundleEntry.AsImplementation(bundle);
        return DestinationResolver.Listed(s, entry, errors)
            ? (new CaseDestination(BundleEntry.AsUnit(bundle), entry, BundleEntry.Summary(bundle)), errors)
            : (null, errors);
    }
}
