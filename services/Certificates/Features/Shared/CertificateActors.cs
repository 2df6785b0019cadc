namespace Linkage.Certificates.Features.Shared;

/// <summary>Who may change a certificate they can see: revocation and re-issue take the centre's admin, a tier
/// admin or the chief representative (delegated sign-off); delivery the window clerks and admins, and the village
/// agent of the station a delivery goes to. Others who can see it get 403; those who cannot, 404.</summary>
public static class CertificateActors
{
    public static bool MayAmend(CallerContext caller) =>
        caller.Has(Roles.CentreAdmin) || caller.Has(Roles.TierAdmin) || caller.Has(Roles.ChiefRepresentative);

    public static bool MayDeliver(CallerContext caller) =>
        caller.Has(Roles.WindowClerk) || caller.Has(Roles.CentreAdmin) || caller.Has(Roles.VillageAgent);
}
