using Linkage.Webhooks.Domain;

namespace Linkage.Webhooks.Features.Subscriptions;

/// <summary>A subscription as its owner sees it; the secret only in the answer that created it.</summary>
public sealed record SubscriptionView(Guid Id, string Url, string[] EventTypes, bool Active, string Division, DateTimeOffset CreatedAt, string? Secret = null)
{
    public static SubscriptionView From(Subscription s, string? secret = null) => new(s.Id, s.Url, s.EventTypes, s.Active, s.Division, s.CreatedAt, secret);
}
