using Microsoft.Extensions.Configuration;

namespace Linkage.Messaging.Tests.Federation;

public sealed class FederationStartupCheckTests
{
    [Fact]
    public async Task Outside_development_a_host_needs_its_own_app_id_serves_and_signing_key()
    {
        var bare = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Linkage:Federation:AppId"] = "linkage" }).Build();
        Assert.Equal(["Linkage:Federation:AppId", "Linkage:Serves", "Linkage:Federation:Signing:Keys"], FederationStartupCheck.Missing(bare));
        await Assert.ThrowsAsync<InvalidOperationException>(() => new FederationStartupCheck(bare).StartAsync(CancellationToken.None));

        var complete = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Linkage:Federation:AppId"] = "county-350926",
            ["Linkage:Serves"] = "350926000000",
            ["Linkage:Federation:Signing:Keys:county-350926-1"] = Convert.ToBase64String(new byte[32]),
        }).Build();
        Assert.Empty(FederationStartupCheck.Missing(complete));
        await new FederationStartupCheck(complete).StartAsync(CancellationToken.None);
    }

    [Fact]
    public void Outside_development_every_trusted_peer_lists_the_event_types_it_may_send()
    {
        var trust = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Linkage:Federation:AppId"] = "county-350926",
            ["Linkage:Serves"] = "350926000000",
            ["Linkage:Federation:Signing:Keys:county-350926-1"] = Convert.ToBase64String(new byte[32]),
            ["Linkage:Federation:Trust:city-350900:Keys:city-350900-1"] = Convert.ToBase64String(new byte[65]),
            ["Linkage:Federation:Trust:town-350926100:Keys:town-350926100-1"] = Convert.ToBase64String(new byte[65]),
            ["Linkage:Federation:Trust:town-350926100:Sends"] = "linkage.intake.case-forwarded.v1",
        }).Build();
        Assert.Equal(["Linkage:Federation:Trust:city-350900:Sends"], FederationStartupCheck.Missing(trust));
    }
}
