using System.Net;
using System.Text.Json;
using Linkage.Testing;

namespace Linkage.Certificates.Tests.Integration;

public static class Api
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.GetAsync(path)).JsonAsync(expected);

    /// <summary>Waits until the case's certificate is issued, then returns it as the county clerk sees it.</summary>
    public static async Task<JsonElement> CertificateOfAsync(this LinkageTestHost host, Guid caseId)
    {
        using var clerk = host.CreateClient("clerk");
        var found = await host.Eventually(async () =>
        {
            var list = await clerk.GetJsonAsync($"/api/certificates?caseId={caseId}");
            return list.GetArrayLength() > 0 ? (JsonElement?)list[0] : null;
        }, TimeSpan.FromSeconds(20));
        return found!.Value;
    }
}
