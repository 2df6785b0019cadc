using Linkage.Contracts.Events.Ratings;
using Linkage.Ratings.Domain;
using Linkage.Supervision.Domain;

namespace Linkage.Architecture.Tests;

/// <summary>One definition of 满意 (decision 0490): the rate Ratings publishes and the rate Supervision counts and
/// assesses must call the same grades satisfied, and those are the national 好评 grades (3 to 5; 差评 are 1 and 2).</summary>
public sealed class SatisfactionDefinitionTests
{
    public static TheoryData<int> Grades => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Grades))]
    public void Ratings_and_supervision_count_the_same_grades_as_satisfied(int grade) =>
        Assert.Equal(RatingGrades.IsSatisfied(grade), Tally.Rating(grade).Satisfied == 1);

    [Theory]
    [MemberData(nameof(Grades))]
    public void Every_grade_is_either_satisfied_or_bad(int grade) =>
        Assert.NotEqual(RatingGrades.IsSatisfied(grade), RatingGrades.IsBad(grade));

    [Fact]
    public void Satisfied_are_the_national_good_grades_three_to_five()
    {
        Assert.Equal([3, 4, 5], Enumerable.Range(RatingGrades.Lowest, RatingGrades.Highest).Where(RatingGrades.IsSatisfied));
        Assert.Equal([1, 2], Enumerable.Range(Grade.Lowest, Grade.Highest).Where(g => Tally.Rating(g).Satisfied == 0));
    }
}
