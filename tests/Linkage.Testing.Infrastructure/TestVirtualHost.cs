using System.Net.Http.Headers;
using System.Text;

namespace Linkage.Testing;

/// <summary>A fresh RabbitMQ virtual host (through the management API on loopback), so test hosts never
/// see each other's messages. Deleted afterwards.</summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private static readonly HttpClient Management = CreateManagementClient();

    private TestVirtualHost(string name) => Name = name;

    public string Name { get; }

    public Uri AmqpUri => new UriBuilder(TestEnvironment.Amqp) { Path = "/" + Name }.Uri;

    public static async Task<TestVirtualHost> CreateAsync()
    {
        var name = "t-" + Guid.NewGuid().ToString("N")[..16];
        (await Management.PutAsync($"api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await Management.PutAsync($"api/permissions/{name}/guest", permissions)).EnsureSuccessStatusCode();
        return new TestVirtualHost(name);
    }

    public async ValueTask DisposeAsync() => await Management.DeleteAsync($"api/vhosts/{Name}");

    private static HttpClient CreateManagementClient()
    {
        var client = new HttpClient { BaseAddress = TestEnvironment.RabbitManagement, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
        return client;
    }
}
