namespace Linkage.Messaging;

/// <summary>Handles one federation event type; registered with
/// <see cref="FederationServiceCollectionExtensions.AddFederationHandler{TPayload, THandler}"/>. Must be idempotent on
/// <see cref="FederationEvent.Id"/> (derive from <see cref="FederationInboxHandler{TPayload, TContext}"/>).</summary>
public interface IFederationHandler<in TPayload>
{
    Task HandleAsync(FederationEvent envelope, TPayload payload, CancellationToken ct);
}
