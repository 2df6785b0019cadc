namespace Linkage.Ratings.Domain;

/// <summary>An invitation rates once, within its period (15 days by default, 逾期可补评 until then).</summary>
public static class InvitationRule
{
    public const string Used = "This invitation has been used already; each invitation rates once.";
    public const string Expired = "This invitation has expired; late ratings are accepted only within the rating period.";
    public const string NoneOnChannel = "There is no rating invitation for this case on that channel; each channel needs its own invitation.";

    public static string? Refusal(RatingInvitation invitation, DateTimeOffset now) =>
        invitation.UsedAt is not null ? Used : invitation.IsExpired(now) ? Expired : null;
}
