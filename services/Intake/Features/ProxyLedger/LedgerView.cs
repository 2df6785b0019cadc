using System.Text.Json;
using Linkage.Intake.Domain;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>A ledger line for staff who may see the station: the principal's ID only masked.</summary>
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
    Guid? CaseId,
    string? CaseNumber,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? ForwardedAt,
    string? Window,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? RepliedAt,
    DeliveryMode? Delivery,
    DateTimeOffset? ArchivedAt,
    DateOnly? FollowUpOn,
    bool? FollowUpSatisfied,
    string? FollowUpNote,
    DateTimeOffset? PublishedAt)
{
    public static LedgerView From(ProxyLedgerEntry e) => new(
        e.Id, e.Stage, e.StationOrgUnitId, e.AgentName, e.PrincipalName, e.PrincipalMaskedId, e.MatterCode, e.Request,
        e.AskedAt, e.CaseId, e.CaseNumber, e.AcceptedAt, e.ForwardedAt, e.Window, e.CompletedAt, e.RepliedAt, e.Delivery,
        e.ArchivedAt, e.FollowUpOn, e.FollowUpSatisfied, e.FollowUpNote, e.PublishedAt);

    /// <summary>A stage as the API writes it (<c>followed-up</c>).</summary>
    public static string Kebab(ProxyStage stage) => JsonNamingPolicy.KebabCaseLower.ConvertName(stage.ToString());
}
