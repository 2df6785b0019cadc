using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Linkage.Messaging;

/// <summary>Routes a delivered CloudEvent to its handlers (each in its own DI scope), after the
/// <c>Linkage:Serves</c> filter. Shared by both adapters.</summary>
internal sealed class FederationDispatcher(
    IEnumerable<IFederationSubscription> subscriptions, FederationOptions options, IServiceScopeFactory scopes,
    ILogger<FederationDispatcher> log)
{
    private readonly ILookup<string, IFederationSubscription> byType = subscriptions.ToLookup(s => s.Type, StringComparer.Ordinal);

    public IReadOnlyList<string> Topics => byType.Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();

    public async Task<FederationOutcome> DispatchAsync(FederationEvent e, CancellationToken ct)
    {
        if (!options.Scope.Covers(e.TargetDivision))
        {
            log.LogDebug("CloudEvent {Id} ({Type}) targets {Division}, outside what this deployment serves", e.Id, e.Type, e.TargetDivision);
            return FederationOutcome.NotServed;
        }
        if (!byType.Contains(e.Type)) return FederationOutcome.NoHandler;
        foreach (var subscription in byType[e.Type])
        {
            object payload;
            try
            {
                payload = subscription.ReadPayload(e);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
            {
                log.LogError(ex, "CloudEvent {Id} ({Type}) has data {Handler} cannot read", e.Id, e.Type, subscription.HandlerName);
                return FederationOutcome.BadEvent;
            }
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await subscription.InvokeAsync(scope.ServiceProvider, e, payload, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                log.LogWarning(ex, "{Handler} failed on CloudEvent {Id} ({Type})", subscription.HandlerName, e.Id, e.Type);
                return FederationOutcome.Failed;
            }
        }
        return FederationOutcome.Handled;
    }
}
