namespace Linkage.Ratings.Domain;

/// <summary>Satisfied for the published rate: 基本满意 (3) or better.</summary>
public static class SatisfiedRule
{
    public static bool Holds(int grade) => grade >= 3;
}
