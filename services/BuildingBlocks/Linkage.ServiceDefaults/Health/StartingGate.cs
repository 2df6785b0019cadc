using Linkage.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Linkage.ServiceDefaults.Health;

/// <summary>Until the server has bound every listener (<see cref="IHostApplicationLifetime.ApplicationStarted"/>),
/// requests other than the health probes get the shared 503 with Retry-After instead of reaching a module whose
/// call to the host's own gRPC port would be refused (decision 0410).</summary>
public sealed class StartingGate(RequestDelegate next, IHostApplicationLifetime lifetime, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (lifetime.ApplicationStarted.IsCancellationRequested || http.Request.Path.StartsWithSegments("/healthz"))
        {
            await next(http);
            return;
        }
        await DependencyDownHandler.WriteAsync(problems, http);
    }
}
