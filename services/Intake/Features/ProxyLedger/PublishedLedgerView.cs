using Linkage.Intake.Domain;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>A line of the published ledger (公示): no ID number, no free text, every name masked to its first
/// character (张*, 陈**); matter, case number, the window, the times, delivery and the follow-up verdict.</summary>
public sealed record PublishedLedgerView(
    string Agent, string Principal, string MatterCode, DateTimeOffset AskedAt, string? CaseNumber, string? Window,
    DateTimeOffset? ForwardedAt, DateTimeOffset? CompletedAt, DeliveryMode? Delivery, DateOnly? FollowUpOn,
    bool? FollowUpSatisfied, DateTimeOffset? PublishedAt)
{
    public static PublishedLedgerView From(ProxyLedgerEntry e) => new(
        MaskName(e.AgentName), MaskName(e.PrincipalName), e.MatterCode, e.AskedAt, e.CaseNumber, e.Window, e.ForwardedAt,
        e.CompletedAt, e.Delivery, e.FollowUpOn, e.FollowUpSatisfied, e.PublishedAt);

    /// <summary>The first character and one or two stars, so not even the length of a longer name shows.</summary>
    public static string MaskName(string name) =>
        name.Length == 0 ? "*" : name[..1] + new string('*', Math.Clamp(name.Length - 1, 1, 2));
}
