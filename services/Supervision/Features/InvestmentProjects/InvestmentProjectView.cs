using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.InvestmentProjects;

/// <summary>One investment project on the key-project ledger (电子台账): who invests, who guides it, its target, its
/// applications and how far they are.</summary>
public sealed record InvestmentProjectView(Guid Id, string Name, string ProjectCode, InvestorView Investor, string Division, string Guide,
    DateOnly TargetOn, DateTimeOffset MarkedAt, ProjectProgress Progress, IReadOnlyList<ProjectCaseView> Cases)
{
    public static InvestmentProjectView From(InvestmentProject p, IEnumerable<ProjectCase> cases, DateOnly today)
    {
        var list = cases.ToList();
        return new(p.Id, p.Name, p.ProjectCode, new InvestorView(p.InvestorName, p.InvestorCreditCode), p.Division, p.Guide, p.TargetOn,
            p.MarkedAt, ProjectProgress.Of(list, p.TargetOn, today), list.ConvertAll(c => ProjectCaseView.From(c, today)));
    }
}

public sealed record InvestorView(string Name, string CreditCode);

/// <summary>An application of the project: its matter, handling unit, legal due date and state.</summary>
public sealed record ProjectCaseView(Guid CaseId, string CaseNumber, string MatterCode, string? MatterName, string HandlingDivision,
    string Status, DateOnly DueDate, DateOnly? CompletedOn, bool Overdue, bool KeyProject)
{
    public static ProjectCaseView From(ProjectCase c, DateOnly today) => new(c.CaseId, c.CaseNumber, c.MatterCode, c.MatterName,
        c.HandlingDivision, c.Status.ToString().ToLowerInvariant(), c.DueDate, c.CompletedOn, c.IsOverdueOn(today), c.IsKeyProject);
}
