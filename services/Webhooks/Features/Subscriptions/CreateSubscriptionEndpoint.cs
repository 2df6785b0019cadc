using Linkage.Webhooks.Domain;
using Linkage.Webhooks.Features.Shared;
using Linkage.Webhooks.Messaging;
using Linkage.Webhooks.Persistence;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Webhooks.Features.Subscriptions;

/// <summary>POST /subscriptions: an admin registers a webhook for their subtree; the answer carries the secret, once.</summary>
public static class CreateSubscriptionEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapPost("/subscriptions", Handle)
        .WithName("CreateWebhookSubscription")
        .WithSummary("Registers a webhook for the caller's subtree; the signing secret is returned in this answer only.");

    private static async Task<Results<Created<SubscriptionView>, InvalidRequest, ProblemHttpResult>> Handle(
        SubscriptionRequest request, HttpContext http, WebhooksDbContext db, TargetUrl targets, WebhookBindings bindings, TimeProvider clock,
        CancellationToken ct)
    {
        var caller = http.Caller();
        if (!WebhookScope.MayManage(caller)) return Problems.NotFound("Subtree");
        var errors = request.Check(targets, creating: true);
        if (errors.Any) return Problems.Invalid(errors);

        var now = clock.GetUtcNow();
        var secret = request.Secret ?? SubscriptionRequest.NewSecret();
        var division = caller.Division!.Value;
        var subscription = new Subscription(caller.Subject, division.Value, division.SignificantPrefix, secret, now);
        subscription.Set(request.Url!, request.Types, request.Active ?? true, now);
        db.Subscriptions.Add(subscription);
        db.Audit(caller, "webhooks.subscription-created", "subscription", subscription.Id.ToString(),
            new { host = new Uri(subscription.Url).Host, eventTypes = subscription.EventTypes });
        await db.SaveChangesAsync(ct);
        await bindings.KeepAsync(ct);
        return TypedResults.Created($"/api/webhooks/subscriptions/{subscription.Id}", SubscriptionView.From(subscription, secret));
    }
}
