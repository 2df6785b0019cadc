using Microsoft.Extensions.Configuration;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Decision 0612: a peer's <c>Sends</c> binds each type to the subtrees it may speak for in it.</summary>
public sealed class TrustPerTypeAndSubtreeTests
{
    private const string Forwarded = "linkage.intake.case-forwarded.v1", Counts = "linkage.supervision.counts-rolled-up.v1";

    private static readonly FederationTrust CityTrust = Trust(new()
    {
        ["Linkage:Federation:Trust:county-350926:Speaks"] = "350926000000",
        ["Linkage:Federation:Trust:county-350926:Sends"] = $"{Forwarded}@350926000000!350926100000,{Counts}@350926000000",
    });

    [Theory]
    [InlineData(Forwarded, "350926001201", null)]
    [InlineData(Forwarded, "350926000000", null)]
    [InlineData(Forwarded, "350926100201", $"county-350926 may not send {Forwarded} for 350926100201")]
    [InlineData(Forwarded, "350926100000", $"county-350926 may not send {Forwarded} for 350926100000")]
    [InlineData(Counts, "350926100201", null)]
    [InlineData(Counts, "350927000000", "county-350926 may not speak for 350927000000")]
    [InlineData(Forwarded, null, "county-350926 may not speak for an event without an origin")]
    public void A_type_speaks_only_for_its_subtree_within_what_the_peer_speaks_for(string type, string? origin, string? refused) =>
        Assert.Equal(refused, CityTrust.RefuseOrigin("county-350926", type, origin));

    [Fact]
    public void A_bare_type_speaks_for_whatever_the_peer_speaks_for_and_a_type_with_several_subtrees_for_each()
    {
        var sends = new FederationSends([Forwarded, $"{Forwarded}@350926100000", $"{Counts}@350926100000", $"{Counts}@350926001000"], "peer");
        Assert.True(sends.AllowsFor(Forwarded, "350926002000"));
        Assert.True(sends.AllowsFor(Counts, "350926100201"));
        Assert.True(sends.AllowsFor(Counts, "350926001201"));
        Assert.False(sends.AllowsFor(Counts, "350926002000"));
        Assert.False(sends.AllowsFor("linkage.catalog.matter-changed.v1", "350926100201"));
        Assert.False(sends.Allows("linkage.catalog.matter-changed.v1"));
    }

    [Fact]
    public void An_unscoped_list_keeps_its_old_meaning_and_the_deployment_itself_speaks_for_what_it_serves()
    {
        var trust = Trust(new()
        {
            ["Linkage:Federation:Trust:town-350926100:Speaks"] = "350926100000",
            ["Linkage:Federation:Trust:town-350926100:Sends"] = Forwarded,
        });
        Assert.Null(trust.RefuseOrigin("town-350926100", Forwarded, "350926100201"));
        Assert.Equal($"town-350926100 may not speak for 350926001201", trust.RefuseOrigin("town-350926100", Forwarded, "350926001201"));
        Assert.Null(trust.RefuseOrigin("city-350900", "linkage.catalog.matter-changed.v1", "350900001000"));
    }

    [Theory]
    [InlineData("linkage.intake.case-forwarded.v1@35092610")]
    [InlineData("linkage.intake.case-forwarded.v1@350926000000!town")]
    [InlineData("@350926000000")]
    public void A_malformed_entry_stops_the_host_naming_it(string entry)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Trust(new()
        {
            ["Linkage:Federation:Trust:county-350926:Speaks"] = "350926000000",
            ["Linkage:Federation:Trust:county-350926:Sends"] = entry,
        }));
        Assert.Contains($"Linkage:Federation:Trust:county-350926:Sends entry '{entry}'", ex.Message);
    }

    private static FederationTrust Trust(Dictionary<string, string?> settings)
    {
        settings["Linkage:Federation:AppId"] = "city-350900";
        settings["Linkage:Serves"] = "350900000000";
        settings["Linkage:PersonalIdKey"] = Convert.ToBase64String(new byte[32]);
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = FederationOptions.From(config);
        return new FederationTrust(config, options, new FederationKeys(config, options.AppId));
    }
}
