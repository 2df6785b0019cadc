using Linkage.Intake.Domain;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>The published ledger (公示): no ID number or phone at all, the principal's name masked 张*三 style.</summary>
public sealed record PublishedLedgerView(
    string AgentName, string Principal, string MatterCode, DateTimeOffset AskedAt, string? CaseNumber, string? Window,
    DateTimeOffset? CompletedAt, string? Outcome, DeliveryMode? Delivery, DateOnly? FollowUpOn)
{
    public static PublishedLedgerView From(LedgerView v) => new(
        v.AgentName, MaskName(v.PrincipalName), v.MatterCode, v.AskedAt, v.CaseNumber, v.Window, v.CompletedAt, v.Outcome,
        v.Delivery, v.FollowUpOn);

    public static string MaskName(string name) => name.Length switch
    {
        <= 1 => "*",
        2 => name[..1] + "*",
        _ => name[..1] + new string('*', name.Length - 2) + name[^1..],
    };
}
