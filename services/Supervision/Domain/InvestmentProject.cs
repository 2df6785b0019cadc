namespace Linkage.Supervision.Domain;

/// <summary>An investment project (投资项目) in the green channel (绿色通道, seed 004): registered by a centre admin as a
/// key project with its guide (全程代办) and a target for all of its applications, which may be under several matters
/// and departments; its cases point to it (<see cref="SupervisedCase.InvestmentProjectId"/>). The sweep watches the
/// target (decision 0565).</summary>
public sealed class InvestmentProject
{
    private InvestmentProject() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>项目代码 of the national investment project platform, e.g. 2025-350926-47-03-000123.</summary>
    public string ProjectCode { get; private set; } = "";
    public string InvestorName { get; private set; } = "";

    /// <summary>The investor's unified social credit code (an organisation's, not a person's).</summary>
    public string InvestorCreditCode { get; private set; } = "";

    /// <summary>The centre's division: the subtree that sees the project.</summary>
    public string Division { get; private set; } = "";
    public string Guide { get; private set; } = "";
    public DateOnly TargetOn { get; private set; }
    public string MarkedBy { get; private set; } = "";
    public DateTimeOffset MarkedAt { get; private set; }

    /// <summary>When the sweep judges the target next; null while nothing can change until a case is linked or completed. Indexed.</summary>
    public DateOnly? NextCheckOn { get; private set; }

    public static InvestmentProject Register(ProjectRegistration r, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        Name = r.Name,
        ProjectCode = r.ProjectCode,
        InvestorName = r.InvestorName,
        InvestorCreditCode = r.InvestorCreditCode,
        Division = r.Division,
        Guide = r.Guide,
        TargetOn = r.TargetOn,
        MarkedBy = by,
        MarkedAt = at.ToUniversalTime(),
        NextCheckOn = r.TargetOn.AddDays(1),
    };

    /// <summary>A case was linked or completed: the next sweep judges the project again.</summary>
    public void Recheck() => NextCheckOn = SupervisedCase.CheckNow;

    internal void CheckAgainOn(DateOnly? day) => NextCheckOn = day;
}

/// <summary>What a centre admin registers, validated.</summary>
public sealed record ProjectRegistration(string Name, string ProjectCode, string InvestorName, string InvestorCreditCode, string Division,
    string Guide, DateOnly TargetOn);
