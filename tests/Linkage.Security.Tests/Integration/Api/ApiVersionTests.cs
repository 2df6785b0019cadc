using System.Net;
using System.Net.Http.Json;

namespace Linkage.Security.Tests.Api;

/// <summary>Decision 0553: <c>/api/v1/…</c> serves every endpoint; the unversioned path is the same endpoint, answered
/// with <c>Deprecation</c>, <c>Sunset</c> and its successor's <c>Link</c>; a <c>Location</c> answered on v1 stays on v1;
/// a cursor of one form continues on the other.</summary>
[Collection(SecurityCollection.Name)]
public sealed class ApiVersionTests(SecurityHostFixture fixture)
{
    /// <summary>A demo village (the pagination walk's division): the public guide is a division's, with more than one matter.</summary>
    private const string Village = "350926100201";

    [Fact]
    public async Task The_v1_path_is_the_api_and_the_unversioned_path_a_deprecated_alias_of_it()
    {
        using var anonymous = fixture.Host.CreateClient();
        using var current = await anonymous.GetAsync($"/api/v1/catalog/matters?division={Village}&limit=1");
        using var alias = await anonymous.GetAsync($"/api/catalog/matters?division={Village}&limit=1");

        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alias.StatusCode);
        Assert.Equal(await current.Content.ReadAsStringAsync(), await alias.Content.ReadAsStringAsync());
        Assert.False(current.Headers.Contains("Deprecation"));
        Assert.Equal("@1796083200", Assert.Single(alias.Headers.GetValues("Deprecation")));
        Assert.Equal("Wed, 30 Jun 2027 00:00:00 GMT", Assert.Single(alias.Headers.GetValues("Sunset")));
        Assert.Equal("</api/v1/catalog/matters>; rel=\"successor-version\"", Assert.Single(alias.Headers.GetValues("Link")));
    }

    [Fact]
    public async Task A_cursor_of_the_alias_continues_on_v1()
    {
        using var anonymous = fixture.Host.CreateClient();
        var first = await anonymous.GetJsonAsync($"/api/catalog/matters?division={Village}&limit=1");
        var cursor = Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!);
        var second = await anonymous.GetJsonAsync($"/api/v1/catalog/matters?division={Village}&limit=1&cursor={cursor}");
        Assert.NotEqual(first.GetProperty("items")[0].GetRawText(), second.GetProperty("items")[0].GetRawText());
    }

    [Fact]
    public async Task What_a_v1_write_creates_is_located_under_v1_and_unknown_v1_paths_are_404()
    {
        using var supervisor = fixture.Host.CreateClient("supervisor-county");
        using var created = await supervisor.PostAsJsonAsync("/api/v1/supervision/orders",
            new { caseId = fixture.Targets["case"], targetDivision = "350926000000", instruction = "请说明办理进度" });
        await fixture.SettledAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("/api/v1/supervision/orders/", created.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var missing = await supervisor.GetAsync("/api/v1/supervision/no-such-list");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
