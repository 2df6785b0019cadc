using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Linkage.ServiceDefaults.Health;

/// <summary>Ready only once the server has started and every address it serves — the REST port and the gRPC port the
/// modules call each other on — accepts a connection. Kestrel binds its endpoints one after the other; without this
/// the REST port could take a request whose catalog call is refused by the gRPC port (decision 0410).</summary>
public sealed class ListenersReadyCheck(IServer server, IHostApplicationLifetime lifetime) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (!lifetime.ApplicationStarted.IsCancellationRequested) return HealthCheckResult.Unhealthy("The server is starting.");
        foreach (var address in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            var uri = new Uri(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://*", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal));
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(uri.Host, uri.Port, ct);
            }
            catch (SocketException)
            {
                return HealthCheckResult.Unhealthy($"{address} does not accept connections yet.");
            }
        }
        return HealthCheckResult.Healthy();
    }
}
