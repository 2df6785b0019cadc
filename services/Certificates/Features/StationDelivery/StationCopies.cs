using Linkage.Certificates.Domain;
using Linkage.Certificates.Persistence;
using Linkage.Contracts.Federation;
using Linkage.Messaging;

namespace Linkage.Certificates.Features.StationDelivery;

/// <summary>Sends a licence down to the deployment serving the station that took its case in, when that is not this
/// one (decision 0625), in the issuing transaction's outbox.</summary>
public static class StationCopies
{
    public static void SendIfElsewhere(CertificatesDbContext db, FederationOptions federation, Certificate c, string? submittedAtDivision,
        byte[] sealPublicKey)
    {
        if (submittedAtDivision is null || !DivisionScope.IsDivisionCode(submittedAtDivision) || federation.Scope.Covers(submittedAtDivision)) return;
        db.PublishFederated(c.ForStation(submittedAtDivision, sealPublicKey),
            new FederationRoute(CertificateForStation.Type, c.Identifier, submittedAtDivision));
    }

    /// <summary>A copy kept here for one of this deployment's stations: the issuer is another deployment.</summary>
    public static bool IsCopy(FederationOptions federation, Certificate c) => !federation.Scope.Covers(c.HandlingDivision);
}
