using RabbitMQ.Client.Events;

namespace Linkage.Messaging;

/// <summary>A first delivery waiting for its round (decision 0629), its event read and admitted on the thread pool from
/// the moment it arrived (decision 0688): a backlog's signatures are verified side by side on every core while the
/// rounds before theirs apply, not one after another at the head of each round. Null when it could not be read or
/// admitted: it is then settled alone, as if it had come alone.</summary>
internal sealed record ArrivedDelivery(BasicDeliverEventArgs Args, Task<AdmittedEvent?> Admitted);

/// <summary>A delivered event and what <see cref="FederationDispatcher.Admit"/> said of it: the handlers it goes to, or
/// why none.</summary>
internal sealed record AdmittedEvent(
    FederationEvent Event, FederationVerdict Verdict, List<(IFederationSubscription Subscription, object Payload)> Handlers);
