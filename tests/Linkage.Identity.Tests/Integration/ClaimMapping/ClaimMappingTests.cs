using Linkage.Testing;

namespace Linkage.Identity.Tests;

/// <summary>A province's provider names its claims its own way (here 行政区划 as <c>xzqh</c>, roles as <c>groups</c>,
/// the org unit as <c>ou</c>); <c>Linkage:Auth:Claims</c> maps them, with no change to the provider (decision 0431).</summary>
public sealed class ClaimMappingTests
{
    private static readonly Dictionary<string, string> ProvinceNames = new() { ["division"] = "xzqh", ["role"] = "groups", ["org_unit"] = "ou" };

    [Fact]
    public async Task Remapped_claim_names_reach_the_module_under_ours()
    {
        await using var provider = await OidcProvider.StartAsync(ProvinceNames);
        await using var mapped = await ProtectedApp.StartAsync(new Dictionary<string, string?>
        {
            ["Authority"] = provider.Authority, ["Claims:division"] = "xzqh", ["Claims:role"] = "groups", ["Claims:org_unit"] = "ou",
        });
        await using var unmapped = await ProtectedApp.StartAsync(new Dictionary<string, string?> { ["Authority"] = provider.Authority });
        var token = await provider.TokenForAsync("town-clerk");

        var seen = await mapped.CallerAsync(token);
        var raw = await unmapped.CallerAsync(token);

        Assert.Equal(("350926100000", "ou-350926100-centre"), (seen?.Division, seen?.OrgUnitId));
        Assert.Equal(["window-clerk"], seen!.Roles);
        Assert.Equal((null, null), (raw?.Division, raw?.OrgUnitId)); // without the mapping the module cannot scope the caller
        Assert.Empty(raw!.Roles);
    }

    [Fact]
    public async Task A_mapped_claim_replaces_one_the_provider_also_sends_under_our_name()
    {
        // the provider issues the department under "role": a mapping role ← groups must not keep it as a role
        await using var provider = await OidcProvider.StartAsync(new Dictionary<string, string> { ["role"] = "groups", ["department"] = "role" });
        await using var app = await ProtectedApp.StartAsync(new Dictionary<string, string?>
        {
            ["Authority"] = provider.Authority, ["Claims:role"] = "groups", ["Claims:department"] = "role",
        });

        var seen = await app.CallerAsync(await provider.TokenForAsync("reviewer-wsjk"));

        Assert.NotNull(seen);
        Assert.Equal(["department-reviewer"], seen.Roles);
        Assert.Equal("dep-350926-wsjk", seen.DepartmentId);
    }
}
