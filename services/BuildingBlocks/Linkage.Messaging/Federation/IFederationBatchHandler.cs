namespace Linkage.Messaging;

/// <summary>A handler that can apply several events of its type in one transaction (decision 0629).</summary>
internal interface IFederationBatchHandler<TPayload>
{
    bool AppliesInBatches { get; }

    /// <summary>Applies events of distinct subjects in one transaction with their inbox and sequence rows. Per event:
    /// true when applied, now or before; false when it is to be handled on its own (early, a replay under a new id).
    /// Throws when the transaction failed, having written nothing. The integration rows it writes are held until
    /// <paramref name="hold"/> when one is given (decision 0744).</summary>
    Task<bool[]> HandleBatchAsync(IReadOnlyList<FederationEvent> envelopes, IReadOnlyList<TPayload> payloads, DateTimeOffset? hold, CancellationToken ct);
}
