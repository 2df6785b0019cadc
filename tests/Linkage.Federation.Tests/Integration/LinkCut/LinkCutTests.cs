using Linkage.Federation.Tests.Infrastructure;
using static Linkage.Federation.Tests.Api;

namespace Linkage.Federation.Tests;

/// <summary>The link cut of <c>./platform chaos</c>, short (decision 0536): while the county–town link is down the
/// station keeps taking applications and the county keeps deciding; once it is back, every event has crossed once.</summary>
public sealed class LinkCutTests(LinkedPair pair) : IClassFixture<LinkedPair>
{
    private static readonly TimeSpan Crossing = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Cases_taken_and_decided_while_the_link_is_cut_cross_exactly_once_when_it_is_back()
    {
        var decided = await Task.WhenAll(SubmitAtStationAsync(pair.Town.Host), SubmitAtStationAsync(pair.Town.Host));
        foreach (var id in decided) await ArrivedAtCountyAsync(id);

        await pair.CutAsync();
        var deciding = Task.WhenAll(decided.Select(id => ApproveAtCountyAsync(pair.County.Host, id)));
        var forwarded = new List<Guid>();
        for (var i = 0; i < 3; i++) forwarded.Add(await SubmitAtStationAsync(pair.Town.Host));
        await deciding;
        foreach (var id in decided)
            await pair.County.Host.Eventually(async () => await StatusAsync(pair.County.Host, id) == "Completed", Crossing);
        foreach (var id in forwarded) Assert.Null(await StatusAsync(pair.County.Host, id));
        foreach (var id in decided) Assert.Equal("Accepted", await StatusAsync(pair.Town.Host, id));

        await pair.RestoreAsync();
        foreach (var id in forwarded) await ArrivedAtCountyAsync(id);
        foreach (var id in decided)                                             // completed, then the licence
            await pair.Town.Host.Eventually(async () => await CertificateAsync(pair.Town.Host, id), Crossing);
        foreach (var id in decided) Assert.Equal("Completed", await StatusAsync(pair.Town.Host, id));

        foreach (var id in decided.Concat(forwarded))                          // the town sent each case once
            Assert.Equal(1, await CountAsync(pair.Town.Host,
                "SELECT count(*) FROM intake.outbox_messages WHERE kind = 'federation' AND subject = @id", id.ToString()));
        Assert.Equal(5, await CountAsync(pair.County.Host,                      // and the county applied each once
            "SELECT count(*) FROM intake.inbox_messages WHERE consumer LIKE '%CaseForwardedHandler'"));
        foreach (var id in decided)                                             // the county sent completed, certificate-issued
            Assert.Equal(2, await CountAsync(pair.County.Host,
                "SELECT count(*) FROM intake.outbox_messages WHERE kind = 'federation' AND subject = @id", id.ToString()));
        var applied = await CountAsync(pair.Town.Host,
            "SELECT count(*) FROM intake.inbox_messages WHERE consumer LIKE '%CaseStatusChangedHandler'");
        Assert.Equal(4, applied);                                               // and the town applied each once, in order
        Assert.Equal(applied, await CountAsync(pair.Town.Host,
            "SELECT count(*) FROM intake.inbox_messages WHERE consumer = 'federation#sequence'"));
        foreach (var side in new[] { pair.County, pair.Town })
            Assert.Equal(0, await side.Management.MessageCountAsync($"{side.Id.AppId}-quarantine"));
    }

    private Task ArrivedAtCountyAsync(Guid id) =>
        pair.County.Host.Eventually(async () => await StatusAsync(pair.County.Host, id), Crossing);
}
