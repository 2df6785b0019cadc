using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

/// <summary>The gateway in Production against the real OpenID provider (decisions 0430-0433): it tells the console
/// where to sign in, accepts the provider's tokens, answers who the caller is in our claim names after the configured
/// mapping, and refuses to start with a shared key.</summary>
public sealed class OidcSignInTests : IAsyncLifetime
{
    private OidcProvider provider = null!;

    public async Task InitializeAsync() =>
        provider = await OidcProvider.StartAsync(new Dictionary<string, string> { ["division"] = "xzqh", ["role"] = "groups" });

    public async Task DisposeAsync() => await provider.DisposeAsync();

    private Task<GatewayHost> GatewayAsync(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Linkage:Auth:SigningKey"] = "", ["Linkage:Auth:Authority"] = provider.Authority,
            ["Linkage:Auth:Claims:division"] = "xzqh", ["Linkage:Auth:Claims:role"] = "groups",
        };
        foreach (var (key, value) in more ?? []) settings[key] = value;
        return GatewayHost.StartAsync(settings, environment: "Production");
    }

    [Fact]
    public async Task The_console_learns_the_authority_and_its_client_anonymously()
    {
        await using var gateway = await GatewayAsync();

        var options = await gateway.Http.GetFromJsonAsync<JsonElement>("/api/console/sign-in");

        Assert.Equal(provider.Authority, options.GetProperty("authority").GetString());
        Assert.Equal("linkage-console", options.GetProperty("clientId").GetString());
        Assert.Contains("openid", options.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task A_provider_token_signs_the_caller_in_with_our_claim_names()
    {
        await using var gateway = await GatewayAsync();
        var token = await provider.TokenForAsync("supervisor-county");

        var anonymous = await gateway.GetAsync("/api/console/me");
        var me = await gateway.GetAsync("/api/console/me", token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var user = await me.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("supervisor-county", user.GetProperty("userName").GetString());
        Assert.Equal("350926000000", user.GetProperty("division").GetString());
        Assert.Equal("supervisor", user.GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task After_the_provider_rotates_its_keys_the_gateway_takes_the_new_tokens_without_a_restart()
    {
        await using var gateway = await GatewayAsync(new() { ["Linkage:Auth:RefreshInterval"] = "00:00:01" });
        Assert.Equal(HttpStatusCode.OK, (await gateway.GetAsync("/api/console/me", await provider.TokenForAsync("clerk"))).StatusCode);

        await provider.RotateKeysAsync();
        var after = await provider.TokenForAsync("clerk");

        await Wait.Until(async () => (await gateway.GetAsync("/api/console/me", after)).StatusCode,
            status => status == HttpStatusCode.OK, TimeSpan.FromSeconds(20), "the gateway accepting a token of the new key");
    }

    [Fact]
    public async Task A_shared_key_stops_the_gateway_outside_development()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            GatewayAsync(new() { ["Linkage:Auth:SigningKey"] = Tokens.KeyBase64 }));

        Assert.Contains("refused outside Development", refused.Message);
    }
}
