using Linkage.Webhooks.Domain;
using Linkage.Webhooks.Features.Shared;
using Linkage.Webhooks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Webhooks.Features.Subscriptions;

/// <summary>The caller's own subscriptions, newest first, a page at a time, and one of them.</summary>
public static class ListSubscriptionsEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/subscriptions", List).WithName("ListWebhookSubscriptions")
            .WithSummary("The caller's own webhook subscriptions, newest first.");
        api.MapGet("/subscriptions/{id:guid}", Get).WithName("GetWebhookSubscription")
            .WithSummary("One of the caller's webhook subscriptions; anyone else's is 404.");
    }

    private static async Task<Ok<Page<SubscriptionView>>> List(PageRequest page, HttpContext http, WebhooksDbContext db, CancellationToken ct)
    {
        var rows = await db.Subscriptions.AsNoTracking().OwnedBy(http.Caller())
            .PageAsync(page, o => o.Desc(s => s.CreatedAt).Asc(s => s.Id), ct);
        return TypedResults.Ok(rows.Map(s => SubscriptionView.From(s)));
    }

    private static async Task<Results<Ok<SubscriptionView>, ProblemHttpResult>> Get(Guid id, HttpContext http, WebhooksDbContext db, CancellationToken ct) =>
        await db.Subscriptions.AsNoTracking().OwnedBy(http.Caller()).FirstOrDefaultAsync(s => s.Id == id, ct) is { } s
            ? TypedResults.Ok(SubscriptionView.From(s))
            : Problems.NotFound($"Subscription {id}");
}
