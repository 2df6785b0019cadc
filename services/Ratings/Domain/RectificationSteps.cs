namespace Linkage.Ratings.Domain;

/// <summary>Which step may follow which (差评整改流程). A step out of order is refused naming the status.</summary>
public static class RectificationSteps
{
    public const string Assigned = "assigned";
    public const string Visit = "visit";
    public const string Classify = "classify";
    public const string Complete = "complete";
    public const string AppealDecision = "appeal-decision";
    public const string FollowUp = "follow-up";

    public static RectificationStatus RequiredFor(string step) => step switch
    {
        Visit => RectificationStatus.Open,
        Classify => RectificationStatus.Visited,
        Complete => RectificationStatus.Rectifying,
        AppealDecision => RectificationStatus.Appealed,
        FollowUp => RectificationStatus.FedBack,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    public static string? OutOfOrder(Rectification r, string step) =>
        r.Status == RequiredFor(step) ? null
            : $"The rectification is {r.Status.ToString().ToLowerInvariant()}; the {step} step needs it {RequiredFor(step).ToString().ToLowerInvariant()}.";
}
