using Linkage.Supervision.Domain;
using Microsoft.Extensions.Configuration;

namespace Linkage.Supervision;

/// <summary><c>Linkage:Supervision</c>: local thresholds (DOMAIN.md: "thresholds are local: configure them"), the
/// defaults every region's rule set inherits (0353).</summary>
public sealed record SupervisionSettings(int WarnWorkingDays, decimal? WarnFraction, int OrderReplyWorkingDays, int AcceptanceWorkingDays,
    int CertificateDays, int SignOffWorkingDays = SupervisionSettings.DefaultSignOffWorkingDays)
{
    public const int DefaultSignOffWorkingDays = 3;

    public static SupervisionSettings From(IConfiguration configuration)
    {
        var warn = configuration.GetValue("Linkage:Supervision:WarnWorkingDays", 1);
        if (warn is < 0 or > 30)
            throw new InvalidOperationException($"Linkage:Supervision:WarnWorkingDays must be 0 to 30 working days, not {warn}.");
        var fraction = configuration.GetValue<decimal?>("Linkage:Supervision:WarnFraction");
        if (fraction is <= 0m or >= 1m)
            throw new InvalidOperationException($"Linkage:Supervision:WarnFraction must lie strictly between 0 and 1, not {fraction}.");
        var reply = configuration.GetValue("Linkage:Supervision:OrderReplyWorkingDays", 3);
        if (reply is < 1 or > 30)
            throw new InvalidOperationException($"Linkage:Supervision:OrderReplyWorkingDays must be 1 to 30 working days, not {reply}.");
        var acceptance = configuration.GetValue("Linkage:Supervision:AcceptanceWorkingDays", 5);
        if (acceptance is < 1 or > 5)
            throw new InvalidOperationException($"Linkage:Supervision:AcceptanceWorkingDays must be 1 to 5 working days, not {acceptance}.");
        var certificate = configuration.GetValue("Linkage:Supervision:CertificateDays", 10);
        if (certificate is < 1 or > 10)
            throw new InvalidOperationException($"Linkage:Supervision:CertificateDays must be 1 to 10 days, not {certificate}.");
        var signOff = configuration.GetValue("Linkage:Supervision:SignOffWorkingDays", DefaultSignOffWorkingDays);
        if (signOff is < 1 or > 10)
            throw new InvalidOperationException($"Linkage:Supervision:SignOffWorkingDays must be 1 to 10 working days, not {signOff}.");
        return new SupervisionSettings(warn, fraction, reply, acceptance, certificate, signOff);
    }

    public DeadlineAlertPolicy AlertRule() => new(WarnWorkingDays, WarnFraction);

    public EffectiveRules DefaultRules() => EffectiveRules.Defaults(WarnWorkingDays, WarnFraction, OrderReplyWorkingDays, AcceptanceWorkingDays, CertificateDays,
        SignOffWorkingDays);
}
