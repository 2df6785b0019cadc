using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Ratings.Tests;

/// <summary>Calls of the invitation and rectification tests: the caller's invitations, rating through a token,
/// a step of the rectification loop.</summary>
public static class RatingSteps
{
    public static async Task<JsonElement> InvitationAsync(this RatingsHostFixture fixture, Guid caseId, string channel, string user = "resident")
    {
        var invitations = (await fixture.Host.CreateClient(user).GetFromJsonAsync<JsonElement>("/api/ratings/invitations")).Items();
        return Assert.Single(invitations.EnumerateArray(),
            i => i.GetProperty("caseId").GetGuid() == caseId && i.GetProperty("channel").GetString() == channel);
    }

    public static async Task<HttpResponseMessage> RateAsync(this RatingsHostFixture fixture, object body, string user = "resident") =>
        await fixture.Host.CreateClient(user).PostAsJsonAsync("/api/ratings", body);

    public static async Task<JsonElement> CreatedAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"expected 201, got {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<HttpResponseMessage> StepAsync(this RatingsHostFixture fixture, string user, Guid rectification, string step, object body) =>
        await fixture.Host.CreateClient(user).PostAsJsonAsync($"/api/ratings/rectifications/{rectification}/{step}", body);

    public static async Task<JsonElement> OkAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
}
