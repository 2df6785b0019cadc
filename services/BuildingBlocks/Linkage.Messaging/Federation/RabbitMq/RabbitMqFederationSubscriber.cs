using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Linkage.Messaging;

/// <summary>Consumes <c>{AppId}-{topic}</c> for every handled topic (manual ack), first deliveries in batches (decision 0629) as large as
/// a waiting backlog allows (0664). Start-up waits for the first
/// subscription attempt; if the broker is away it keeps trying in the background.</summary>
internal sealed class RabbitMqFederationSubscriber(
    RabbitMqFederationConnection connection, FederationDispatcher dispatcher, FederationDelivery delivery, FederationBatchDelivery batchDelivery,
    FederationDrains drains, FederationQuarantine quarantine, LinkBindingLedger ledger, FederationOptions options, ILogger<RabbitMqFederationSubscriber> log) : IHostedService
{
    private readonly CancellationTokenSource stopping = new();
    private readonly List<IChannel> channels = [];
    private readonly List<DeliveryBatches> started = [];
    private Task? retrying;
    private int inFlight;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (dispatcher.Topics.Count == 0) return;
        if (await TrySubscribeAsync(cancellationToken)) return;
        retrying = RetryAsync(stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (retrying is not null) await retrying;
        // deliveries being settled finish before their channels close (a copy placed, its original acked: 0622)
        try
        {
            while (Volatile.Read(ref inFlight) > 0) await Task.Delay(20, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // the host's shutdown timeout: close anyway, unacked deliveries come back
        }
        foreach (var channel in channels) await channel.DisposeAsync();
    }

    private async Task RetryAsync(CancellationToken ct)
    {
        try
        {
            while (!await TrySubscribeAsync(ct)) await Task.Delay(TimeSpan.FromSeconds(5), ct);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    private async Task<bool> TrySubscribeAsync(CancellationToken ct)
    {
        try
        {
            var conn = await connection.GetAsync(ct);
            await using (var links = await conn.CreateChannelAsync(cancellationToken: ct))
            {
                await FederationLinks.DeclareInAsync(links, options, ledger, ct);
                await FederationLinks.DeclareTypesAsync(links, options, dispatcher.Topics, ledger, ct);
            }
            if (!await ledger.OneHostAtATimeAsync(FederationLinks.OldIn, () => FederationLinks.RemoveOldInAsync(conn, options, ct), ct))
                log.LogWarning("{Exchange} is kept: another deployment on the broker still has bindings from it", FederationLinks.OldIn);
            foreach (var topic in dispatcher.Topics) channels.Add(await SubscribeAsync(conn, topic, ct));
            return true;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(ex, "Federation subscriptions of {AppId} failed; retrying", options.AppId);
            foreach (var channel in channels) await channel.DisposeAsync();
            channels.Clear();
            foreach (var batches in started) batches.Stop();
            started.Clear();
            return false;
        }
    }

    private async Task<IChannel> SubscribeAsync(IConnection conn, string topic, CancellationToken ct)
    {
        var channel = await conn.CreateChannelAsync(cancellationToken: ct);
        await channel.BasicQosAsync(0, (ushort)options.PrefetchCount, global: false, ct);
        var queue = await DaprRabbitMqTopology.DeclareSubscriptionAsync(channel, options.AppId, topic, ct);
        await quarantine.DeclareAsync(channel, ct);
        var batches = options.ApplyBatchSize > 1
            ? new DeliveryBatches(list => batchDelivery.Take(channel, topic, list),
                options.AdmitsOnArrival ? batchDelivery.AdmitOnArrival : null,
                options.ApplyBatchSize, stopping.Token, drains.Start(topic)).Start()
            : null;
        if (batches is not null) started.Add(batches);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, args) =>
        {
            Interlocked.Increment(ref inFlight);
            // a first delivery joins the next batch (0629) and frees the dispatcher at once, so a round may hold more
            // than the dispatch concurrency (0664); a count, a back-off or a replay on it: on its own, as before
            if (batches is not null && DeliveryHeaders.IsFirst(args.BasicProperties.Headers))
            {
                _ = SettledAsync(batches.AddAsync(Copied(args)));
                return;
            }
            try
            {
                await delivery.HandleAsync(channel, topic, args, stopping.Token);
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer, ct);
        return channel;
    }

    /// <summary>The client lends the body only until the callback returns (its buffer goes back to a pool): a delivery
    /// that waits for its round keeps a copy.</summary>
    private static BasicDeliverEventArgs Copied(BasicDeliverEventArgs args) => new(args.ConsumerTag, args.DeliveryTag,
        args.Redelivered, args.Exchange, args.RoutingKey, args.BasicProperties, args.Body.ToArray(), args.CancellationToken);

    private async Task SettledAsync(Task settled)
    {
        try
        {
            await settled;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "A batch of federation deliveries of {AppId} failed; they stay unacked", options.AppId);
        }
        catch (OperationCanceledException)
        {
            // stopping: unacked deliveries come back
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }
}
