using Linkage.Intake.Domain;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>A ledger line for the station's staff: the principal's ID only masked; forwarding and completion from the case.</summary>
public sealed record LedgerView(
    Guid Id,
    ProxyStage Stage,
    string StationOrgUnitId,
    string AgentName,
    string PrincipalName,
    string PrincipalMaskedId,
    string MatterCode,
    string? Request,
    DateTimeOffset AskedAt,
    DateTimeOffset? AcceptedAt,
    string? CaseNumber,
    string? Window,
    DateTimeOffset? ForwardedAt,
    CaseStatus? CaseStatus,
    DateTimeOffset? CompletedAt,
    string? Outcome,
    DateTimeOffset? RepliedAt,
    DeliveryMode? Delivery,
    DateTimeOffset? ArchivedAt,
    DateOnly? FollowUpOn,
    string? FollowUpNote,
    Satisfaction? FollowUpSatisfaction,
    DateTimeOffset? PublishedAt)
{
    public static LedgerView From(ProxyLedgerEntry e, IntakeCase? c) => new(
        e.Id, e.Stage, e.StationOrgUnitId, e.AgentName, e.PrincipalName, e.PrincipalMaskedId, e.MatterCode, e.Request,
        e.AskedAt, e.AcceptedAt, c?.CaseNumber, c?.HandlingOrgUnitName, c?.ForwardedAt, c?.Status, c?.CompletedAt ?? c?.TerminatedAt,
        c?.Outcome, e.RepliedAt, e.Delivery, e.ArchivedAt, e.FollowUpOn, e.FollowUpNote, e.FollowUpSatisfaction,
        e.PublishedAt);
}
