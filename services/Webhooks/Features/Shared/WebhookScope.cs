using Linkage.Webhooks.Domain;

namespace Linkage.Webhooks.Features.Shared;

/// <summary>Who reaches webhooks (decision 0600): a tier or centre admin registers them for their own subtree and sees
/// only the ones they registered; anyone else's, like a missing one, is 404.</summary>
public static class WebhookScope
{
    public static readonly string[] Managers = [Roles.TierAdmin, Roles.CentreAdmin];

    public static bool MayManage(CallerContext caller) => caller.Division is not null && Managers.Any(caller.Has);

    public static IQueryable<Subscription> OwnedBy(this IQueryable<Subscription> subscriptions, CallerContext caller) =>
        MayManage(caller) ? subscriptions.Where(s => s.Owner == caller.Subject) : subscriptions.Where(_ => false);
}
