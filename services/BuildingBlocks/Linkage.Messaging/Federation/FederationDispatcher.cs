using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Linkage.Messaging;

/// <summary>Routes a delivered CloudEvent to its handlers (each in its own DI scope), after the
/// <c>Linkage:Serves</c> filter and the checks of <see cref="FederationAdmission"/>. Shared by both adapters.</summary>
internal sealed class FederationDispatcher(
    IEnumerable<IFederationSubscription> subscriptions, FederationOptions options, FederationAdmission admission,
    IServiceScopeFactory scopes, ILogger<FederationDispatcher> log)
{
    private readonly ILookup<string, IFederationSubscription> byType = subscriptions.ToLookup(s => s.Type, StringComparer.Ordinal);

    public IReadOnlyList<string> Topics => byType.Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();

    public Task<FederationVerdict> DispatchAsync(FederationEvent e, CancellationToken ct) =>
        DispatchAsync(e, Admit(e), ct);

    /// <summary>Dispatches an event admitted already (decision 0828).</summary>
    public async Task<FederationVerdict> DispatchAsync(FederationEvent e,
        (FederationVerdict Verdict, List<(IFederationSubscription Subscription, object Payload)> Admitted) admission,
        CancellationToken ct)
    {
        var (verdict, admitted) = admission;
        foreach (var (subscription, payload) in admitted)
        {
            verdict = await InvokeAsync(subscription, e, payload, ct);
            if (verdict.Outcome != FederationOutcome.Handled) return verdict;
        }
        return verdict;
    }

    /// <summary>The handlers an event goes to, each with the payload it read; none, and why, when it is not served
    /// here or is refused.</summary>
    public (FederationVerdict Verdict, List<(IFederationSubscription Subscription, object Payload)> Admitted) Admit(FederationEvent e)
    {
        if (!options.Scope.Covers(e.TargetDivision))
        {
            log.LogDebug("CloudEvent {Id} ({Type}) targets {Division}, outside what this deployment serves", e.Id, e.Type, e.TargetDivision);
            return (FederationOutcome.NotServed, []);
        }
        if (!byType.Contains(e.Type)) return (FederationVerdict.Quarantine($"no handler for type {e.Type}"), []);
        if (admission.Refuse(e) is { } refused) return (FederationVerdict.Quarantine(refused), []);
        var admitted = new List<(IFederationSubscription, object)>();
        foreach (var subscription in byType[e.Type])
        {
            object payload;
            try
            {
                payload = subscription.ReadPayload(e);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
            {
                return (FederationVerdict.Quarantine($"data {subscription.HandlerName} cannot read: {ex.Message}"), []);
            }
            var origin = subscription.OriginOf(e, payload);
            if (admission.RefuseOrigin(e.Signer!, e.Type, origin) is { } outOfScope)
                return (FederationVerdict.Quarantine(outOfScope), []);
            admitted.Add((subscription, payload));
        }
        return (FederationOutcome.Handled, admitted);
    }

    private async Task<FederationVerdict> InvokeAsync(IFederationSubscription subscription, FederationEvent e, object payload, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await subscription.InvokeAsync(scope.ServiceProvider, e, payload, ct);
            return FederationOutcome.Handled;
        }
        catch (FederationRefusedException ex)
        {
            return FederationVerdict.Quarantine(ex.Message);
        }
        catch (FederationEarlyException ex)
        {
            log.LogInformation("CloudEvent {Id} ({Type}) parked: {Reason}", e.Id, e.Type, ex.Message);
            return FederationOutcome.Early;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // a handler that failed while the host was stopping has still used an attempt (0622)
            log.LogWarning(ex, "{Handler} failed on CloudEvent {Id} ({Type})", subscription.HandlerName, e.Id, e.Type);
            return new FederationVerdict(FederationOutcome.Failed, $"{subscription.HandlerName}: {ex.GetBaseException().GetType().Name}");
        }
    }
}
