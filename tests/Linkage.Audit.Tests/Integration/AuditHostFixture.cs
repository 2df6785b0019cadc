using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Audit.Tests;

/// <summary>Catalog, intake and supervision (which serves <c>/api/audit</c>) on real PostgreSQL and RabbitMQ.</summary>
public sealed class AuditHostFixture : IAsyncLifetime
{
    public LinkageTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LinkageTestHost.StartAsync("catalog,intake,supervision");

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A complete online food-permit application by the demo resident; its case id.</summary>
    public async Task<string> SubmitAsync()
    {
        using var resident = Host.CreateClient("resident");
        using var response = await resident.PostAsJsonAsync("/api/intake/cases", new
        {
            matterCode = "000121010000",
            applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
            principalConsent = true,
            materials = new[] { "application-form", "id-copy", "premises-plan", "health-certificate" }.Select(code => new { code }),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task<HttpStatusCode> PostAsync(string user, string path, object body)
    {
        using var client = Host.CreateClient(user);
        using var response = await client.PostAsJsonAsync(path, body);
        return response.StatusCode;
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string user, string path)
    {
        using var client = Host.CreateClient(user);
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
