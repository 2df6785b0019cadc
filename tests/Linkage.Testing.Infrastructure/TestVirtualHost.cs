using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

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

    /// <summary>The bodies of every message waiting in this vhost's <c>_error</c> queues (left in place).</summary>
    public async Task<IReadOnlyList<string>> ErrorMessagesAsync()
    {
        using var listed = await Management.GetAsync($"api/queues/{Name}?columns=name");
        listed.EnsureSuccessStatusCode();
        using var queues = JsonDocument.Parse(await listed.Content.ReadAsStringAsync());
        var bodies = new List<string>();
        foreach (var queue in queues.RootElement.EnumerateArray().Select(q => q.GetProperty("name").GetString()!).Where(q => q.EndsWith("_error")))
        {
            var get = new StringContent("""{"count":10000,"ackmode":"ack_requeue_true","encoding":"auto"}""", Encoding.UTF8, "application/json");
            using var got = await Management.PostAsync($"api/queues/{Name}/{Uri.EscapeDataString(queue)}/get", get);
            got.EnsureSuccessStatusCode();
            using var messages = JsonDocument.Parse(await got.Content.ReadAsStringAsync());
            bodies.AddRange(messages.RootElement.EnumerateArray().Select(m => m.GetProperty("payload").GetString() ?? ""));
        }
        return bodies;
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
