namespace Linkage.Approval.Domain;

/// <summary>A validated action of a department on its task (the body of <c>POST /tasks/{id}/decision</c>).</summary>
public abstract record ReviewCommand
{
    private ReviewCommand() { }

    /// <summary>Approve, or reject with reason and legal basis.</summary>
    public sealed record Decide(DepartmentDecision Decision) : ReviewCommand;

    /// <summary>补正: the applicant must supply more; the whole case's clock stops until intake reports it.</summary>
    public sealed record RequestSupplement(string Reason, IReadOnlyList<MaterialRequest> Materials) : ReviewCommand;

    /// <summary>Hearing, testing or expert review (行政许可法 Art. 45): the clock stops, with a written notice.</summary>
    public sealed record StartSpecialProcedure(SpecialProcedure Procedure, string Notice) : ReviewCommand;

    /// <summary>The special procedure this department started is concluded: the clock runs again.</summary>
    public sealed record ConcludeSpecialProcedure(string? Conclusion) : ReviewCommand;

    /// <summary>More time within the legal extension (行政许可法 Art. 42), with a reason.</summary>
    public sealed record Extend(int WorkingDays, string Reason) : ReviewCommand;

    /// <summary>Hand the task to another reviewer of the same department.</summary>
    public sealed record Reassign(string AssigneeSubject, string AssigneeName) : ReviewCommand;

    /// <summary>首席代表: the chief representative's final sign-off on an approved plan that requires it.</summary>
    public sealed record SignOff(string? Comment) : ReviewCommand;
}

public sealed record MaterialRequest(string Code, string Name);

public enum SpecialProcedure
{
    Hearing,
    Testing,
    ExpertReview,
}
