namespace Linkage.Intake.Domain;

/// <summary>Who flagged or unflagged an applicant, where, when and why: kept for every change to a credit flag.</summary>
public sealed record CreditFlagChange(
    Guid Id, string IdDigest, string Division, CreditFlagAction Action, string Reason, string Actor, string ActorDivision, DateTimeOffset At);

public enum CreditFlagAction
{
    Flagged,
    Unflagged,
}
