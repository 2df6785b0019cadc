using Linkage.Kernel.Rules;

namespace Linkage.Ratings.Domain.Rules;

/// <summary>一次一评: an invitation rates once.</summary>
public sealed class InvitationRatesOnceRule(RatingInvitation invitation) : IBusinessRule
{
    public string Field => "token";

    public string Message => "This invitation has been used already; each invitation rates once.";

    public bool IsBroken() => invitation.UsedAt is not null;
}
