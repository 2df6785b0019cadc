using System.Text.RegularExpressions;
using Linkage.Kernel;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Shared;

namespace Linkage.Supervision.Features.InvestmentProjects;

/// <summary>An investment project to register as a key project: its name, its national project code, the investor (an
/// organisation), the centre's division (the caller's by default), the guide (全程代办), a target as a date or as working
/// days from today, and the cases already known (applications under any matter, by any department).</summary>
public sealed record InvestmentProjectRequest(string? Name, string? ProjectCode, InvestorRequest? Investor, string? Division, string? Guide,
    DateOnly? TargetOn, int? WorkingDays, IReadOnlyList<Guid>? CaseIds);

public sealed record InvestorRequest(string? Name, string? CreditCode);

public static partial class InvestmentProjectValidation
{
    /// <summary>The registration, or null with every broken field named.</summary>
    public static ProjectRegistration? Check(InvestmentProjectRequest r, CallerContext caller, DateOnly today, FieldErrors errors)
    {
        var name = r.Name?.Trim();
        errors.Require(name is { Length: > 0 and <= 100 }, "name", "The project's name, 1 to 100 characters.");
        var code = r.ProjectCode?.Trim();
        errors.Require(code is not null && ProjectCodePattern().IsMatch(code), "projectCode",
            "The national investment project code (项目代码), e.g. 2025-350926-47-03-000123.");
        var investor = r.Investor?.Name?.Trim();
        errors.Require(investor is { Length: > 0 and <= 100 }, "investor.name", "The investing organisation's name, 1 to 100 characters.");
        if (!CreditCode.TryParse(r.Investor?.CreditCode, out var credit, out var creditError)) errors.Add("investor.creditCode", creditError);
        var division = Division(r.Division, caller, errors);
        var guide = r.Guide?.Trim();
        errors.Require(guide is { Length: > 0 and <= 50 }, "guide", "The guide (全程代办) by name, 1 to 50 characters.");
        var target = Target(r, today, errors);
        errors.Require((r.CaseIds?.Count ?? 0) <= ProjectCases.Most, "caseIds", $"At most {ProjectCases.Most} cases at once.");
        return errors.Any ? null : new ProjectRegistration(name!, code!, investor!, credit.Value, division!, guide!, target!.Value);
    }

    /// <summary>The centre's division: the caller's own by default, else one in the caller's subtree.</summary>
    private static string? Division(string? division, CallerContext caller, FieldErrors errors)
    {
        var code = SubtreeParameter.Parse(division, caller, errors);
        if (code is null) return null;
        if (caller.CanSee(code.Value)) return code.Value.Value;
        errors.Add("division", "The division is outside your subtree.");
        return null;
    }

    /// <summary>Exactly one of a date after today and 1 to 365 working days from today.</summary>
    private static DateOnly? Target(InvestmentProjectRequest r, DateOnly today, FieldErrors errors)
    {
        if (r.TargetOn is not null == r.WorkingDays is not null)
        {
            errors.Add("targetOn", "Give the target as a date (targetOn) or as working days (workingDays), one of them.");
            return null;
        }
        if (r.TargetOn is { } on)
            return on > today && on <= today.AddYears(5) ? on : Fail(errors.Add("targetOn", "A date after today, at most 5 years ahead."));
        if (r.WorkingDays is not (>= 1 and <= 365)) return Fail(errors.Add("workingDays", "1 to 365 working days."));
        try
        {
            return WorkingDayCalendar.China.AddWorkingDays(today, r.WorkingDays.Value);
        }
        catch (CalendarNotAnnouncedException)
        {
            return Fail(errors.Add("workingDays", "Beyond the working-day calendar announced so far; give a date (targetOn)."));
        }
    }

    private static DateOnly? Fail(FieldErrors _) => null;

    [GeneratedRegex(@"^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$")]
    private static partial Regex ProjectCodePattern();
}
