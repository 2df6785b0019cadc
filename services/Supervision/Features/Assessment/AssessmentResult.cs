using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.Assessment;

/// <summary>The outcome of a monthly run: every unit, window, department and region below the assessed one, each scored and ranked
/// among the children of the same kind under its parent (一月一排名).</summary>
public sealed record AssessmentResult(string Division, string Month, AssessmentTerms Terms, IReadOnlyList<ScoredSubject> Subjects);

/// <summary>A scored unit (<c>unit</c>, an org unit id), window (<c>window</c>, the receiving unit's id), department
/// (<c>department</c>, on its tasks) or region (<c>region</c>, a division code).</summary>
public sealed record ScoredSubject(
    string Kind, string Key, string Parent, int Rank, decimal Score, string Grade, Points Points, decimal Deducted, Figures Figures)
{
    public const string Unit = "unit", Window = "window", Department = "department", Region = "region";
}

/// <summary>The published ranking of the children under one parent: ranks, scores and grades only (decision 0461).</summary>
public sealed record Ranking(string Parent, string Month, string AssessedBy, DateTimeOffset PublishedAt, IReadOnlyList<RankedChild> Children);

public sealed record RankedChild(string Kind, string Key, int Rank, decimal Score, string Grade)
{
    public static RankedChild Of(ScoredSubject s) => new(s.Kind, s.Key, s.Rank, s.Score, s.Grade);
}
