using System.Security.Claims;
using Linkage.ServiceDefaults.Auth;
using Linkage.Testing;

namespace Linkage.Identity.Tests;

/// <summary>The shared HS256 key is a Development convenience (decision 0432): beside the authority there, refused
/// at start anywhere else.</summary>
public sealed class DevelopmentKeyTests
{
    private static readonly string Key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task A_shared_key_is_refused_outside_development(string environment)
    {
        await using var app = ProtectedApp.Build(environment,
            new Dictionary<string, string?> { ["Authority"] = "http://127.0.0.1:9/", ["SigningKey"] = Key }, FreePort.Next());

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("refused outside Development", refused.Message);
    }

    [Fact]
    public async Task Outside_development_an_authority_alone_starts_and_serves_provider_tokens()
    {
        await using var provider = await OidcProvider.StartAsync();
        await using var app = await ProtectedApp.StartAsync(new Dictionary<string, string?> { ["Authority"] = provider.Authority }, "Production");

        Assert.Equal("clerk", (await app.CallerAsync(await provider.TokenForAsync("clerk")))?.Subject);
        Assert.Null(await app.CallerAsync(DevToken()));
    }

    [Fact]
    public async Task In_development_dev_tokens_and_provider_tokens_are_both_accepted()
    {
        await using var provider = await OidcProvider.StartAsync();
        await using var app = await ProtectedApp.StartAsync(new Dictionary<string, string?>
        {
            ["Authority"] = provider.Authority, ["SigningKey"] = Key,
        });

        Assert.Equal("clerk", (await app.CallerAsync(await provider.TokenForAsync("clerk")))?.Subject);
        Assert.Equal("clerk", (await app.CallerAsync(DevToken()))?.Subject);
        Assert.Null(await app.CallerAsync(DevToken(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)))));
    }

    [Fact]
    public async Task Without_an_authority_or_a_key_nothing_starts()
    {
        await using var app = ProtectedApp.Build("Development", new Dictionary<string, string?>(), FreePort.Next());

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("Linkage:Auth:Authority", refused.Message);
    }

    private static string DevToken(string? key = null) =>
        new DevTokenIssuer(new AuthSettings(null, key ?? Key, "linkage-dev", "linkage"), new byte[32])
            .Issue(new DemoUser("clerk", "吴建国", ["window-clerk"], "350926000000", "ou-350926-centre"), TimeSpan.FromMinutes(5));
}
