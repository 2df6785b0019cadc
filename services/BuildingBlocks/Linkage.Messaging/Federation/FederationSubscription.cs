using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging;

/// <summary>One handler of one CloudEvent type, as registered by <c>AddFederationHandler</c>.</summary>
internal interface IFederationSubscription
{
    string Type { get; }

    string HandlerName { get; }

    /// <summary>Reads the payload; a <see cref="System.Text.Json.JsonException"/> means a bad event, not a retry.</summary>
    object ReadPayload(FederationEvent e);

    Task InvokeAsync(IServiceProvider services, FederationEvent e, object payload, CancellationToken ct);
}

internal sealed class FederationSubscription<TPayload, THandler>(string type) : IFederationSubscription
    where THandler : class, IFederationHandler<TPayload>
    where TPayload : notnull
{
    public string Type => type;

    public string HandlerName => typeof(THandler).Name;

    public object ReadPayload(FederationEvent e) => e.DataAs<TPayload>();

    public Task InvokeAsync(IServiceProvider services, FederationEvent e, object payload, CancellationToken ct) =>
        services.GetRequiredService<THandler>().HandleAsync(e, (TPayload)payload, ct);
}
