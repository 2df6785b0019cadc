using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Intake.Tests;

public static class Api
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> CallAsync(this HttpClient client, string path, object? body)
    {
        using var response = await client.PostAsJsonAsync(path, body ?? new { });
        return (response.StatusCode, await BodyOf(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(this HttpClient client, string path, HttpContent content)
    {
        using var response = await client.PostAsync(path, content);
        return (response.StatusCode, await BodyOf(response));
    }

    public static async Task<JsonElement> CaseAsync(this HttpClient client, string id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{id}");

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static IReadOnlyList<string> Errors(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();

    private static async Task<JsonElement> BodyOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
