using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.ServiceDefaults.Auth;
using Linkage.Testing;

namespace Linkage.Federation.Tests;

/// <summary>The licence at the village station (decision 0625): printed and handed over at the town's deployment,
/// its delivery read at either end.</summary>
public static class StationLicence
{
    public const string HolderId = "350926198503120020";

    /// <summary>The agent of another village station of the same town (大村村), who must not reach 溪坪村's licences.</summary>
    public static readonly DemoUser OtherStationAgent =
        new("agent-350926100202", "大村村代办员", [Roles.VillageAgent], "350926100202", "ou-350926100202-station");

    public static HttpClient Client(LinkageTestHost host, DemoUser user)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.TokenFor(user));
        return client;
    }

    /// <summary>The printed licence, once the copy has arrived (null until then).</summary>
    public static async Task<byte[]?> PrintAsync(HttpClient client, string identifier)
    {
        using var response = await client.GetAsync($"/api/certificates/{identifier}/document");
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The station's 办结通知书 of the case (a PDF).</summary>
    public static async Task<byte[]> ResultNoticeAsync(HttpClient client, Guid caseId)
    {
        using var response = await client.GetAsync($"/api/intake/cases/{caseId}/documents/result-notice");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task<JsonElement> VerifyAsync(LinkageTestHost host, string qr)
    {
        using var anonymous = host.CreateClient();
        return await anonymous.GetJsonAsync($"/api/certificates/verify?qr={Uri.EscapeDataString(qr)}");
    }

    /// <summary>A company's collector also gives a name and a role, and an authorised one the letter's number (0659).</summary>
    public static Task<HttpResponseMessage> HandOverAsync(HttpClient client, string identifier, string? idNumber, string? creditCode = null,
        (string? Name, string? Role, string? Letter) by = default) =>
        client.PostAsJsonAsync($"/api/certificates/{identifier}/delivery/status", new
        {
            status = "delivered", idNumber, creditCode, collectorName = by.Name, collectorRole = by.Role, authorisationLetter = by.Letter,
        });

    public static async Task<string?> DeliveryStatusAsync(HttpClient client, string identifier)
    {
        using var response = await client.GetAsync($"/api/certificates/{identifier}/delivery");
        return response.StatusCode == HttpStatusCode.NotFound ? null
            : (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString();
    }
}
