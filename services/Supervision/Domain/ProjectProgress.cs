namespace Linkage.Supervision.Domain;

/// <summary>One application of an investment project, as its ledger and the target sweep read it.</summary>
public sealed record ProjectCase(Guid ProjectId, Guid CaseId, string CaseNumber, string MatterCode, string? MatterName, string HandlingDivision,
    SupervisedCaseStatus Status, bool ClockRunning, DateOnly DueDate, DateOnly? CompletedOn, bool? OnTime, bool IsKeyProject)
{
    public static ProjectCase Of(SupervisedCase c) => new(c.InvestmentProjectId!.Value, c.Id, c.CaseNumber, c.MatterCode, c.MatterName,
        c.HandlingDivision, c.Status, c.ClockRunning, c.DueDate, c.CompletedOn, c.OnTime, c.IsKeyProject);

    /// <summary>Open past its legal due date while its clock runs, or completed after it.</summary>
    public bool IsOverdueOn(DateOnly today) => Status == SupervisedCaseStatus.Open ? ClockRunning && DueDate < today : OnTime == false;
}

/// <summary>How far an investment project's applications are (全程跟踪): done, open, and overdue (<see
/// cref="ProjectCase.IsOverdueOn"/>). The project is done once it has cases and all are completed; <see cref="MetTarget"/>
/// says whether the last one was completed by the target (null while open).</summary>
public sealed record ProjectProgress(int Done, int Open, int Overdue, bool IsDone, DateOnly? CompletedOn, bool? MetTarget)
{
    public static ProjectProgress Of(IReadOnlyCollection<ProjectCase> cases, DateOnly targetOn, DateOnly today)
    {
        var done = cases.Count(c => c.Status == SupervisedCaseStatus.Completed);
        var isDone = cases.Count > 0 && done == cases.Count;
        var completedOn = isDone ? cases.Max(c => c.CompletedOn) : null;
        return new ProjectProgress(done, cases.Count - done, cases.Count(c => c.IsOverdueOn(today)), isDone, completedOn,
            completedOn is { } on ? on <= targetOn : null);
    }

    /// <summary>Open (a project without cases yet is open) past its target: its yellow card is wanted (0565).</summary>
    public bool WantsCard(DateOnly targetOn, DateOnly today) => !IsDone && targetOn < today;
}
