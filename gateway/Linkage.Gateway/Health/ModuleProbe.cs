namespace Linkage.Gateway.Health;

/// <summary>Asks one upstream's <c>/healthz/ready</c>; any failure counts as not ready.</summary>
internal sealed class ModuleProbe(HttpClient client)
{
    public async Task<bool> IsReadyAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(baseAddress, "/healthz/ready"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
