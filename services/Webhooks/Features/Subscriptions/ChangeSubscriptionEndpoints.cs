using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Linkage.Webhooks.Features.Shared;
using Linkage.Webhooks.Messaging;
using Linkage.Webhooks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Webhooks.Features.Subscriptions;

/// <summary>PUT /subscriptions/{id} changes the target, types or activity (the secret stays); DELETE removes it
/// with its delivery log. Only the owner reaches it.</summary>
public static class ChangeSubscriptionEndpoints
{
    public const string Raced = "Another change to this subscription was saved first; reload and try again.";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPut("/subscriptions/{id:guid}", Change).WithName("ChangeWebhookSubscription")
            .WithSummary("Changes a subscription's URL, event types or activity; the secret stays.");
        api.MapDelete("/subscriptions/{id:guid}", Delete).WithName("DeleteWebhookSubscription")
            .WithSummary("Removes a subscription and its delivery log.");
    }

    private static async Task<Results<Ok<SubscriptionView>, InvalidRequest, ProblemHttpResult>> Change(
        Guid id, SubscriptionRequest request, HttpContext http, WebhooksDbContext db, TargetUrl targets, WebhookBindings bindings,
        TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (await db.Subscriptions.OwnedBy(caller).FirstOrDefaultAsync(s => s.Id == id, ct) is not { } subscription)
            return Problems.NotFound($"Subscription {id}");
        var errors = request.Check(targets, creating: false);
        if (errors.Any) return Problems.Invalid(errors);
        subscription.Set(request.Url!, request.Types, request.Active ?? subscription.Active, clock.GetUtcNow());
        db.Audit(caller, "webhooks.subscription-changed", "subscription", id.ToString(),
            new { host = new Uri(subscription.Url).Host, eventTypes = subscription.EventTypes, subscription.Active });
        if (!await db.SavedUnlessRacedAsync(ct)) return Problems.Conflict(Raced);
        await bindings.KeepAsync(ct);
        return TypedResults.Ok(SubscriptionView.From(subscription));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, HttpContext http, WebhooksDbContext db, WebhookBindings bindings, CancellationToken ct)
    {
        var caller = http.Caller();
        if (await db.Subscriptions.OwnedBy(caller).FirstOrDefaultAsync(s => s.Id == id, ct) is not { } subscription)
            return Problems.NotFound($"Subscription {id}");
        db.Subscriptions.Remove(subscription);
        db.Audit(caller, "webhooks.subscription-deleted", "subscription", id.ToString());
        if (!await db.SavedUnlessRacedAsync(ct)) return Problems.Conflict(Raced);
        await bindings.KeepAsync(ct);
        return TypedResults.NoContent();
    }
}
