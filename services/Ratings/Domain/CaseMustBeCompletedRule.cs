namespace Linkage.Ratings.Domain;

/// <summary>Only a finished case (办结) can be rated.</summary>
public static class CaseMustBeCompletedRule
{
    public const string Message = "The case is not completed yet; it can be rated once it is.";

    public static bool Allows(RateableCase @case) => @case.Completed;
}
