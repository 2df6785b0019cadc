using Linkage.Kernel.Rules;

namespace Linkage.Ratings.Domain.Rules;

/// <summary>An invitation rates within its period (15 days by default; 逾期可补评 until then).</summary>
public sealed class InvitationWithinPeriodRule(RatingInvitation invitation, DateTimeOffset now) : IBusinessRule
{
    public string Field => "token";

    public string Message => "This invitation has expired; late ratings are accepted only within the rating period.";

    public bool IsBroken() => invitation.IsExpired(now);
}
