namespace Linkage.Webhooks.Domain;

public enum DeliveryStatus
{
    Pending,   // waiting for its turn or its next attempt
    Delivered, // the receiver answered 2xx
    Failed,    // every attempt failed; a replay sends it again
}
