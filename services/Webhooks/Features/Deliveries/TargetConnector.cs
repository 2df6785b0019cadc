using System.Net;
using System.Net.Sockets;

namespace Linkage.Webhooks.Features.Deliveries;

/// <summary>The sender's connect step: a name that resolves to this machine (loopback, the unspecified address) is
/// refused unless its origin is allow-listed, so a DNS answer changed after registration cannot turn a webhook on the
/// suite's own ports (decision 0602).</summary>
public static class TargetConnector
{
    public static SocketsHttpHandler Handler(WebhookOptions options) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectTimeout = options.Timeout,
        ConnectCallback = (context, ct) => ConnectAsync(options, context, ct),
    };

    private static async ValueTask<Stream> ConnectAsync(WebhookOptions options, SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
        var origin = context.InitialRequestMessage.RequestUri is { } uri ? WebhookOptions.Origin(uri) : "";
        if (addresses.Any(IsThisMachine) && !options.AllowedOrigins.Contains(origin))
            throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves to this machine; refused.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool IsThisMachine(IPAddress ip) =>
        IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)
        || (ip.IsIPv4MappedToIPv6 && IsThisMachine(ip.MapToIPv4()));
}
