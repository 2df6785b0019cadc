using Linkage.Certificates.Domain;
using Linkage.Certificates.Persistence;
using Linkage.Contracts.Federation;
using Linkage.Messaging;

namespace Linkage.Certificates.Features.StationDelivery;

/// <summary>Sends a licence down to the deployment serving the station that took its case in, when that is not this
/// one (decision 0625), in the issuing transaction's outbox; its revocation or supersession follows it (0528).</summary>
public static class StationCopies
{
    public static void SendIfElsewhere(CertificatesDbContext db, FederationOptions federation, Certificate c, string? submittedAtDivision,
        byte[] sealPublicKey)
    {
        if (submittedAtDivision is null || !DivisionScope.IsDivisionCode(submittedAtDivision) || federation.Scope.Covers(submittedAtDivision)) return;
        c.SentToStation(submittedAtDivision);
        db.PublishFederated(c.ForStation(submittedAtDivision, sealPublicKey),
            new FederationRoute(CertificateForStation.Type, c.Identifier, submittedAtDivision));
    }

    /// <summary>A licence that left valid here (revoked, or superseded by <paramref name="successor"/>) tells the
    /// station's deployment that keeps a copy, in the same transaction; a re-issue of the same case goes down too.</summary>
    public static void FollowDown(CertificatesDbContext db, FederationOptions federation, Certificate c, Certificate? successor,
        byte[]? successorSealKey, DateTimeOffset at)
    {
        if (c.StationDivision is not { } station) return;
        if (successor is not null && successor.CaseId == c.CaseId) SendIfElsewhere(db, federation, successor, station, successorSealKey!);
        db.PublishFederated(c.ChangeForStation(successor?.Identifier, at),
            new FederationRoute(CertificateStatusChanged.Type, c.Identifier, station));
    }

    /// <summary>A copy kept here for one of this deployment's stations: the issuer is another deployment.</summary>
    public static bool IsCopy(FederationOptions federation, Certificate c) => !federation.Scope.Covers(c.HandlingDivision);
}
