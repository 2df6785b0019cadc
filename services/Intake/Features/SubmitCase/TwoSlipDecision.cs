using Linkage.Contracts.Catalog.V1;
using Linkage.Intake.Domain;
using Linkage.Kernel;

namespace Linkage.Intake.Features.SubmitCase;

/// <summary>The two-slip decision (两单制): instant matters finish at the window, complete materials get an
/// acceptance slip with a working-day due date, 容缺 accepts with secondary materials deferred, anything else
/// missing gets one notice listing all of it. Online submissions wait for a clerk's check. A case accepted or finished
/// on the spot is accepted at <c>window</c>, the counter clerk's signed-on window (decision 0527).</summary>
public sealed class TwoSlipDecision(TimeProvider clock)
{
    public static TimeLimitTerms LimitOf(Implementation implementation) => new(
        implementation.CommittedLimit.Amount, implementation.CommittedLimit.Unit == TimeUnit.CalendarDays,
        implementation.CaseKind == CaseKind.Instant, implementation.Fees.Any(f => f.AmountFen > 0));

    public static IReadOnlyList<RequiredMaterial> Listed(Implementation implementation) =>
        implementation.Materials.Select(m => new RequiredMaterial(m.Code, m.Name, m.Required, m.Deferrable)).ToList();

    public static IReadOnlyList<string> Missing(Implementation implementation, IEnumerable<string> submitted) =>
        MissingMaterials.Find(Listed(implementation), submitted.ToHashSet());

    public DeferredAcceptanceRule Deferral(Implementation implementation, IReadOnlyList<string> submitted, DateOnly supplyBy, bool badCredit) =>
        new(Listed(implementation), Missing(implementation, submitted), supplyBy, ChinaTime.ToLocalDate(clock.GetUtcNow()),
            LimitOf(implementation), badCredit);

    public IntakeCase Receive(CaseReceipt receipt, Implementation implementation, DateOnly? supplyBy, string? window = null)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.ToLocalDate(now);
        var @case = IntakeCase.Receive(receipt, now);
        var missing = Missing(implementation, receipt.SubmittedMaterials);

        if (receipt.Channel == Channel.Online) @case.AwaitCheck(missing);
        else if (missing.Count == 0) @case.AcceptOn(now, today, window);
        else if (supplyBy is { } by) @case.AcceptDeferred(now, today, new DeferredSupply(missing, by), window);
        else @case.RequestMaterials(missing, now);
        return @case;
    }
}
