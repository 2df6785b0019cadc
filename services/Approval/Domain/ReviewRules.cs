namespace Linkage.Approval.Domain;

/// <summary>Join settings pinned on a case when its plan opens: N-of-M joint review (0 = every department must
/// approve) and whether the chief representative's final sign-off is required.</summary>
public sealed record ReviewRules(int Quorum, bool FinalSignOff)
{
    public static readonly ReviewRules Default = new(0, false);
}
