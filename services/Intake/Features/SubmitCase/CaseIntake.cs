using Linkage.Contracts.Catalog.V1;
using Linkage.Intake.Domain;
using Linkage.Kernel;

namespace Linkage.Intake.Features.SubmitCase;

/// <summary>The two-slip decision (两单制): instant matters finish at the window, complete materials get an
/// acceptance slip with a working-day due date, anything missing gets one notice listing all of it.</summary>
public sealed class CaseIntake(TimeProvider clock)
{
    public IntakeCase Receive(CaseReceipt receipt, Implementation implementation)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.ToLocalDate(now);
        var @case = IntakeCase.Receive(receipt, now);

        var required = implementation.Materials.Select(m => new RequiredMaterial(m.Code, m.Name, m.Required, m.Deferrable));
        var missing = MissingMaterialsRule.Find(required, receipt.SubmittedMaterials.ToHashSet());
        if (missing.Count > 0)
            @case.RequestMaterials(missing);
        else if (implementation.CaseKind == CaseKind.Instant)
            @case.CompleteAtWindow(now, WorkingDayCalendar.China.IsWorkingDay(today) ? today : WorkingDayCalendar.China.NextWorkingDay(today));
        else
            @case.Accept(now, today, DueDate(today, implementation.CommittedLimit), implementation.CommittedLimit.Amount);
        return @case;
    }

    private static DateOnly DueDate(DateOnly acceptedOn, TimeLimit limit) => limit.Unit == TimeUnit.CalendarDays
        ? acceptedOn.AddDays(limit.Amount)
        : WorkingDayCalendar.China.AddWorkingDays(acceptedOn, limit.Amount);
}
