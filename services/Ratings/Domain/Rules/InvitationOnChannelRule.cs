using Linkage.Kernel.Rules;

namespace Linkage.Ratings.Domain.Rules;

/// <summary>Each channel rates through an invitation of its own: without one on the channel there is nothing to rate.</summary>
public sealed class InvitationOnChannelRule(RatingInvitation? invitation) : IBusinessRule
{
    public string Field => "channel";

    public string Message => "There is no rating invitation for this case on that channel; each channel needs its own invitation.";

    public bool IsBroken() => invitation is null;
}
