using Linkage.Supervision.Domain;
using Microsoft.Extensions.Configuration;

namespace Linkage.Supervision;

/// <summary><c>Linkage:Supervision</c>: local thresholds (docs/domain.md: thresholds are local, so they are configured).</summary>
public sealed record SupervisionSettings(int WarnWorkingDays)
{
    public static SupervisionSettings From(IConfiguration configuration)
    {
        var warn = configuration.GetValue("Linkage:Supervision:WarnWorkingDays", 1);
        if (warn is < 0 or > 30)
            throw new InvalidOperationException($"Linkage:Supervision:WarnWorkingDays must be 0 to 30 working days, not {warn}.");
        return new SupervisionSettings(warn);
    }

    public DeadlineAlertRule AlertRule() => new(WarnWorkingDays);
}
