using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Linkage.Testing;

/// <summary>A loopback port for a test server, taken below the kernel's ephemeral range (32768+) so an outgoing
/// connection to PostgreSQL or RabbitMQ can never grab it between this check and the server's bind.</summary>
public static class FreePort
{
    private const int First = 20000;
    private const int Last = 32000;
    private static readonly ConcurrentDictionary<int, byte> Handed = new();

    public static int Next()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(First, Last);
            if (Handed.TryAdd(port, 0) && IsFree(port)) return port;
        }
        throw new InvalidOperationException($"No free loopback port between {First} and {Last}.");
    }

    /// <summary>The first of <paramref name="size"/> consecutive free ports (a whole <c>./platform</c> of its own).</summary>
    public static int Block(int size)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var first = Random.Shared.Next(First, Last - size);
            var ports = Enumerable.Range(first, size).ToList();
            if (ports.All(p => !Handed.ContainsKey(p) && IsFree(p)) && ports.All(p => Handed.TryAdd(p, 0))) return first;
        }
        throw new InvalidOperationException($"No {size} consecutive free loopback ports between {First} and {Last}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
