namespace Linkage.Supervision.Domain;

/// <summary>即办件: decided at the window when received; intake reports it with the outcome "instant".</summary>
public static class InstantCasePolicy
{
    public const string Outcome = "instant";

    public static bool Holds(string outcome) => outcome == Outcome;
}
