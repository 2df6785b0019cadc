using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Linkage.Bench.Seeding;

/// <summary>A client connecting from its own loopback address (127.0.0.10, .11, …), so the gateway's per-caller limit
/// for anonymous callers applies per resident, as it would in the field, not to the whole run.</summary>
public static class LoopbackClient
{
    public static HttpClient Create(Uri target, int index, string? token = null)
    {
        var local = IPAddress.Parse($"127.0.0.{10 + index % 240}");
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var http = new HttpClient(handler) { BaseAddress = target, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
