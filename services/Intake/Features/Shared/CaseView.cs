using Linkage.Intake.Domain;

namespace Linkage.Intake.Features.Shared;

/// <summary>A case as callers see it: the ID number only masked, the slip or notice it was given.</summary>
public sealed record CaseView(
    Guid Id,
    string CaseNumber,
    CaseStatus Status,
    string MatterCode,
    string MatterName,
    string ImplementationCode,
    int ImplementationVersion,
    Channel Channel,
    PlaceView SubmittedTo, // where it was submitted (an …At name is an instant)
    PlaceView HandledBy,
    ApplicantView Applicant,
    string? AgentName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AcceptedAt,
    DateOnly? DueDate,
    int CommittedWorkingDays,
    DateTimeOffset? ForwardedAt,
    DateTimeOffset? ArrivedAt,
    DateTimeOffset? CompletedAt,
    string? Outcome,
    SlipView? Slip,
    PreReviewView? PreReview,
    Contracts.Events.Intake.BundleSummary? Bundle,
    string? CertificateIdentifier,
    CertificateRevocationView? CertificateRevocation,
    CertificateHandOver? CertificateDelivery)
{
    public static CaseView From(IntakeCase c) => new(
        c.Id, c.CaseNumber, c.Status, c.MatterCode, c.MatterName, c.ImplementationCode, c.ImplementationVersion, c.Channel,
        new PlaceView(c.SubmittedAtOrgUnitId, null, c.SubmittedAtDivision),
        new PlaceView(c.HandlingOrgUnitId, c.HandlingOrgUnitName, c.HandlingDivision),
        ApplicantView.From(c.Applicant),
        c.Agent?.Name, c.ReceivedAt, c.AcceptedAt, c.DueDate, c.CommittedWorkingDays,
        c.ForwardedAt, c.ArrivedAt, c.CompletedAt, c.Outcome, SlipView.For(c),
        c.PreReviewedAt is { } at ? new PreReviewView(at, c.PreReviewBring, c.PreReviewNote) : null, c.Bundle,
        c.CertificateIdentifier, CertificateRevocationView.For(c), c.HandOver);
}

/// <summary>撤销: the case's licence its issuer revoked, why and when (decision 0626).</summary>
public sealed record CertificateRevocationView(string Identifier, string Reason, DateTimeOffset RevokedAt)
{
    public static CertificateRevocationView? For(IntakeCase c) => c.RevokedCertificateIdentifier is { } identifier
        ? new(identifier, c.CertificateRevocationReason ?? "", c.CertificateRevokedAt!.Value)
        : null;
}

/// <summary>网上预审 result: what the applicant should bring to the window.</summary>
public sealed record PreReviewView(DateTimeOffset At, IReadOnlyList<string> Bring, string? Note);

public sealed record PlaceView(string OrgUnitId, string? Name, string Division);

/// <summary>Who applied: only masked; an organisation's legal representative by name and masked ID, never the digest (0672).</summary>
public sealed record ApplicantView(ApplicantKind Kind, string Name, string MaskedId, LegalRepresentativeView? LegalRepresentative)
{
    public static ApplicantView From(Applicant a) => new(a.Kind, a.Name, a.MaskedId,
        a.LegalRepresentative is { } l ? new LegalRepresentativeView(l.Name, l.MaskedId) : null);
}

public sealed record LegalRepresentativeView(string Name, string MaskedId);
