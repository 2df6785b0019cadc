using Linkage.Kernel.Rules;

namespace Linkage.Intake.Domain;

/// <summary>容缺受理: main materials complete, only secondary (deferrable) ones missing, a supply date after today and no
/// later than the committed limit, and no bad-credit record.</summary>
public sealed class DeferredAcceptanceRule(
    IReadOnlyList<RequiredMaterial> listed, IReadOnlyList<string> missing, DateOnly supplyBy, DateOnly today,
    TimeLimitTerms limit, bool badCredit) : IBusinessRule
{
    public string Field => "supplyBy";

    public string Message => Violation() ?? "";

    public bool IsBroken() => Violation() is not null;

    private string? Violation()
    {
        if (badCredit) return "The applicant has a bad-credit record and cannot be accepted with materials deferred.";
        if (missing.Count == 0) return "Nothing is missing; there is nothing to defer.";
        var main = missing.Where(code => !listed.Any(m => m.Code == code && m.Deferrable)).ToList();
        if (main.Count > 0) return $"Main materials are missing ({string.Join(", ", main)}); only secondary ones can be deferred.";
        if (supplyBy <= today) return "The supply date must be after today.";
        var latest = limit.DueFrom(today);
        return supplyBy > latest ? $"The supply date must be no later than the committed limit ({latest:yyyy-MM-dd})." : null;
    }
}
