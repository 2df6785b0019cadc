using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Assessment;

namespace Linkage.Supervision.Tests;

/// <summary>The 千分制 arithmetic on its own: cards and late completions come off, the score never goes below zero.</summary>
public sealed class ScoringTests
{
    [Fact]
    public void Red_and_yellow_cards_and_late_completions_are_deducted()
    {
        var figures = Figures.None with { Completed = 10, OnTime = 9, Early = 5, Online = 4, Red = 2, Yellow = 3, CompletedLate = 1 };

        var score = Scoring.Of(figures, AssessmentTerms.Default);

        // 300·9/10 + 100·5/10 + 250 + 100 + 100 + 150·4/10 = 830; − (2·10 + 3·2 + 1·5) = 799 → 合格 (良好 from 800)
        Assert.Equal(31m, score.Deducted);
        Assert.Equal(799m, score.Total);
        Assert.Equal("合格", score.Grade);
    }

    [Fact]
    public void The_score_never_goes_below_zero()
    {
        var score = Scoring.Of(Figures.None with { Completed = 1, Red = 500 }, AssessmentTerms.Default);
        Assert.Equal(0m, score.Total);
        Assert.Equal("不合格", score.Grade);
    }
}
