using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.Rules;

/// <summary>The rules in force for a region, where each term comes from ("default" or the region that set it),
/// the locks above, and the region's own rule set when it wrote one.</summary>
public sealed record RulesView(
    string Division,
    int WarnWorkingDays,
    decimal? WarnFraction,
    int OrderReplyWorkingDays,
    IReadOnlyDictionary<string, string> Provenance,
    IReadOnlyDictionary<string, string> LockedBy,
    RuleSetRequest? Own,
    int AcceptanceWorkingDays,
    int CertificateDays,
    int SignOffWorkingDays)
{
    public static RulesView Of(string division, EffectiveRules r, RuleSet? own) => new(division, r.WarnWorkingDays, r.WarnFraction,
        r.OrderReplyWorkingDays, r.Provenance, r.LockedBy,
        own is null ? null : new RuleSetRequest(own.WarnWorkingDays, own.WarnFraction, own.OrderReplyWorkingDays, own.Locks, own.AcceptanceWorkingDays,
            own.CertificateDays, own.SignOffWorkingDays),
        r.AcceptanceWorkingDays, r.CertificateDays, r.SignOffWorkingDays);
}

/// <summary>A region's own terms; null inherits. <c>Locks</c> names terms every region below must keep.</summary>
public sealed record RuleSetRequest(int? WarnWorkingDays, decimal? WarnFraction, int? OrderReplyWorkingDays, IReadOnlyList<string>? Locks,
    int? AcceptanceWorkingDays = null, int? CertificateDays = null, int? SignOffWorkingDays = null);
