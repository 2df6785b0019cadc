using System.Net.Sockets;
using Grpc.Core;
using Npgsql;
using RabbitMQ.Client.Exceptions;

namespace Linkage.Messaging;

/// <summary>Failures that go away by themselves — a module or the database restarting, a timeout — as opposed to a
/// message that can never be handled. Inbox consumers retry the former for minutes, the latter only briefly.
/// (MassTransit cannot nest two retry policies with different filters on one message: the first one to trigger
/// owns the context, so the long wait lives here.)</summary>
public static class TransientFailures
{
    private static readonly int[] DelaySeconds = [1, 2, 5, 10, 20, 30, 60, 60];

    /// <summary>Waits an overtaken event gets in memory (1+2+5+10 s) before it goes back to the end of its queue
    /// (<see cref="OvertakenEvents"/>), so early events do not hold the endpoint's prefetch for minutes.</summary>
    public const int OvertakenWaits = 4;

    /// <summary>Runs <paramref name="attempt"/>, waiting out transient failures (about four minutes in all);
    /// any other failure, or the last transient one, is thrown. An overtaken event is waited for
    /// <paramref name="overtakenWaits"/> times.</summary>
    public static async Task RetryAsync(Func<Task> attempt, CancellationToken ct, int overtakenWaits = OvertakenWaits)
    {
        for (var retry = 0; ; retry++)
        {
            try
            {
                await attempt();
                return;
            }
            catch (Exception e) when (retry < (OvertakenEvents.IsOvertaken(e) ? overtakenWaits : DelaySeconds.Length)
                                      && IsTransient(e) && !ct.IsCancellationRequested)
            {
                MessagingTelemetry.TransientRetries.Add(1);
            }
            await Task.Delay(TimeSpan.FromSeconds(DelaySeconds[retry]), ct);
        }
    }

    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RpcException rpc when rpc.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded
                    or StatusCode.ResourceExhausted or StatusCode.Aborted:
                case NpgsqlException { IsTransient: true }:
                case PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }: // shutting down, starting, full
                case SocketException or HttpRequestException or TimeoutException:
                case BrokerUnreachableException or AlreadyClosedException:
                case EventOvertakenException:
                    return true;
            }
        }
        return false;
    }
}
