using Linkage.Kernel;
using Linkage.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Linkage.Identity.Tests;

/// <summary>Tokens from the real provider (discovery + JWKS) validate at a module, carry our claims, keep validating
/// across a key rotation without a restart; a province's own claim names work by configuration alone.</summary>
public sealed class ProviderTokenTests
{
    [Fact]
    public async Task A_provider_token_gives_the_module_the_callers_division_org_unit_department_and_roles()
    {
        await using var provider = await OidcProvider.StartAsync();
        await using var app = await ProtectedApp.StartAsync(new Dictionary<string, string?> { ["Authority"] = provider.Authority });

        var chief = await app.CallerAsync(await provider.TokenForAsync("chief"));

        Assert.NotNull(chief);
        Assert.Equal("chief", chief.Subject);
        Assert.Equal(["chief-representative", "department-reviewer"], chief.Roles);
        Assert.Equal("350926000000", chief.Division);
        Assert.Equal("ou-350926-centre", chief.OrgUnitId);
        Assert.Equal("dep-350926-scjg", chief.DepartmentId);
    }

    [Fact]
    public async Task An_applicants_token_carries_the_id_digest_of_the_deployments_key_never_the_number()
    {
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var provider = await OidcProvider.StartAsync(personalIdKey: key);
        await using var app = await ProtectedApp.StartAsync(new Dictionary<string, string?> { ["Authority"] = provider.Authority });

        var token = await provider.TokenForAsync("resident");
        var resident = await app.CallerAsync(token);

        Assert.Equal(PersonalIdDigest.Compute("350926198503120020", Convert.FromBase64String(key)), resident?.IdDigest);
        Assert.DoesNotContain("350926198503120020", DecodedPayload(token));
    }

    [Fact]
    public async Task After_the_provider_rotates_its_keys_a_new_token_validates_without_a_restart()
    {
        await using var provider = await OidcProvider.StartAsync();
        await using var app = await ProtectedApp.StartAsync(new Dictionary<string, string?>
        {
            ["Authority"] = provider.Authority, ["RefreshInterval"] = "00:00:01",
        });
        var before = await provider.TokenForAsync("clerk");
        Assert.NotNull(await app.CallerAsync(before)); // the app has now fetched the JWKS with the first key only

        var newKid = await provider.RotateKeysAsync();
        var after = await provider.TokenForAsync("clerk");

        Assert.Equal(newKid, new JsonWebToken(after).Kid);
        Assert.NotEqual(new JsonWebToken(before).Kid, newKid);
        var seen = await Wait.Until(() => app.CallerAsync(after), TimeSpan.FromSeconds(20));
        Assert.Equal("clerk", seen.Subject);
        Assert.NotNull(await app.CallerAsync(before)); // the old key is still published
    }

    [Fact]
    public async Task A_token_from_another_provider_is_refused()
    {
        await using var ours = await OidcProvider.StartAsync();
        await using var theirs = await OidcProvider.StartAsync();
        await using var app = await ProtectedApp.StartAsync(new Dictionary<string, string?> { ["Authority"] = ours.Authority });

        Assert.NotNull(await app.CallerAsync(await ours.TokenForAsync("clerk")));
        Assert.Null(await app.CallerAsync(await theirs.TokenForAsync("clerk")));
    }

    private static string DecodedPayload(string token) =>
        System.Text.Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.Split('.')[1]));
}
