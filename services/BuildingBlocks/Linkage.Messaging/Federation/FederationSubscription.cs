using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging;

/// <summary>One handler of one CloudEvent type, as registered by <c>AddFederationHandler</c>.</summary>
internal interface IFederationSubscription
{
    string Type { get; }

    string HandlerName { get; }

    /// <summary>Reads the payload; a <see cref="System.Text.Json.JsonException"/> means a bad event, not a retry.</summary>
    object ReadPayload(FederationEvent e);

    /// <summary>The division the event speaks for (the signer must be allowed to); null when it names none.</summary>
    string? OriginOf(FederationEvent e, object payload);

    Task InvokeAsync(IServiceProvider services, FederationEvent e, object payload, CancellationToken ct);

    /// <summary>Applies events of distinct subjects together (<see cref="IFederationBatchHandler{TPayload}"/>), holding
    /// the integration rows they write until <paramref name="hold"/> (decision 0744); null when the handler applies each
    /// on its own.</summary>
    Task<bool[]>? InvokeBatch(IServiceProvider services, IReadOnlyList<FederationEvent> events, IReadOnlyList<object> payloads,
        DateTimeOffset? hold, CancellationToken ct);
}

internal sealed class FederationSubscription<TPayload, THandler>(string type, Func<FederationEvent, TPayload, string?>? origin) : IFederationSubscription
    where THandler : class, IFederationHandler<TPayload>
    where TPayload : notnull
{
    public string Type => type;

    public string HandlerName => typeof(THandler).Name;

    public object ReadPayload(FederationEvent e) => e.DataAs<TPayload>();

    public string? OriginOf(FederationEvent e, object payload) => origin?.Invoke(e, (TPayload)payload);

    public Task InvokeAsync(IServiceProvider services, FederationEvent e, object payload, CancellationToken ct) =>
        services.GetRequiredService<THandler>().HandleAsync(e, (TPayload)payload, ct);

    public Task<bool[]>? InvokeBatch(IServiceProvider services, IReadOnlyList<FederationEvent> events, IReadOnlyList<object> payloads,
        DateTimeOffset? hold, CancellationToken ct) =>
        services.GetRequiredService<THandler>() is IFederationBatchHandler<TPayload> { AppliesInBatches: true } handler
            ? handler.HandleBatchAsync(events, [.. payloads.Cast<TPayload>()], hold, ct)
            : null;
}
