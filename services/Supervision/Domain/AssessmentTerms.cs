namespace Linkage.Supervision.Domain;

/// <summary>The 千分制 rules of a region: points per indicator adding up to 1000, deductions per red card, yellow card
/// and overdue case, and the lowest score of each grade.</summary>
public sealed record AssessmentTerms(AssessmentWeights Weights, AssessmentDeductions Deductions, AssessmentGrades Grades)
{
    public const int Total = 1000;

    public static readonly AssessmentTerms Default = new(
        new AssessmentWeights(OnTime: 300, Early: 100, Satisfaction: 250, Rectification: 100, OrderResponse: 100, OnlineDepth: 150),
        new AssessmentDeductions(RedCard: 10, YellowCard: 2, Overdue: 5),
        new AssessmentGrades(Excellent: 900, Good: 800, Pass: 600));
}

/// <summary>按时办结率, 提前办结率, 满意度, 整改及时率, 督办响应率, 网办深度: points at a rate of 100 %.</summary>
public sealed record AssessmentWeights(int OnTime, int Early, int Satisfaction, int Rectification, int OrderResponse, int OnlineDepth)
{
    public int Sum => OnTime + Early + Satisfaction + Rectification + OrderResponse + OnlineDepth;

    public IEnumerable<(string Name, int Points)> Named() =>
    [
        ("onTime", OnTime), ("early", Early), ("satisfaction", Satisfaction),
        ("rectification", Rectification), ("orderResponse", OrderResponse), ("onlineDepth", OnlineDepth),
    ];
}

/// <summary>扣分: points taken off per red card (红牌), yellow card (黄牌) and case completed late.</summary>
public sealed record AssessmentDeductions(decimal RedCard, decimal YellowCard, decimal Overdue);

/// <summary>优秀 from <c>Excellent</c>, 良好 from <c>Good</c>, 合格 from <c>Pass</c>, 不合格 below.</summary>
public sealed record AssessmentGrades(int Excellent, int Good, int Pass)
{
    public string Of(decimal score) => score >= Excellent ? "优秀" : score >= Good ? "良好" : score >= Pass ? "合格" : "不合格";
}
