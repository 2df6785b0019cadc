using System.Text.Json;
using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.Supervision.Messaging;
using Linkage.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Supervision.Tests;

/// <summary>The county keeps a town's rolled-up counter rows at their highest version and refuses a copy of figures it
/// counts itself (decision 0520). The events are handed to the handler as the federation dispatcher would, after
/// their signatures were checked (tests/Linkage.Federation.Tests carries them over real links).</summary>
public sealed class RollUpHandlerTests : IAsyncLifetime
{
    private const string Town = "350926100000", County = "350926000000";
    private LinkageTestHost host = null!;

    public async Task InitializeAsync() => host = await LinkageTestHost.StartAsync("supervision", configure: s =>
    {
        s["Linkage:Serves"] = County;
        s["Linkage:ServesExcept"] = Town;
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_highest_version_of_a_row_wins_and_a_replay_or_an_older_version_changes_nothing()
    {
        await HandleAsync(Row(Town, version: 2, completed: 5));
        await HandleAsync(Row(Town, version: 1, completed: 3));
        await HandleAsync(Row(Town, version: 2, completed: 9));   // a replay under a new id: same version, not taken
        Assert.Equal(5, await CompletedAtTownAsync());

        await HandleAsync(Row(Town, version: 3, completed: 6));
        Assert.Equal(6, await CompletedAtTownAsync());
    }

    [Fact]
    public async Task A_copy_of_the_county_own_figures_is_refused_and_not_counted()
    {
        await Assert.ThrowsAsync<FederationRefusedException>(() => HandleAsync(Row(County, version: 1, completed: 4)));
        var counties = await host.CreateClient("supervisor-county").OkBodyAsync($"/api/supervision/stats/breakdown?division={County}&by=org-unit&from=2025-03-01&to=2025-03-31");
        Assert.DoesNotContain(counties.EnumerateArray(), r => r.GetProperty("key").GetString() == $"ou-{County}");
    }

    [Fact]
    public async Task Accepted_stays_apart_from_received_and_a_child_not_sending_it_gives_its_received_as_accepted()
    {
        var day = new DateOnly(2025, 4, 8);
        await HandleAsync(Row(Town, version: 1, completed: 0) with { Day = day, MatterCode = "old-sender", Counts = Counts(received: 7, accepted: null) });
        await HandleAsync(Row(Town, version: 1, completed: 0) with { Day = day, MatterCode = "new-sender", Counts = Counts(received: 9, accepted: 6) });

        var rows = await host.CreateClient("supervisor-county").OkBodyAsync($"/api/supervision/stats/breakdown?division={County}&by=matter&from=2025-04-01&to=2025-04-30");
        var byMatter = rows.EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!,
            r => (r.GetProperty("received").GetInt32(), r.GetProperty("accepted").GetInt32()));
        Assert.Equal((7, 7), byMatter["old-sender"]); // it counted acceptances as received (decision 0509)
        Assert.Equal((9, 6), byMatter["new-sender"]);
    }

    private static CountsRolledUp.Figures Counts(int received, int? accepted) =>
        new(received, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, accepted);

    /// <summary>Read over the whole month (the monthly totals the counters' trigger keeps, decision 0524) and over the
    /// row's days alone (the daily rows): the two agree after every replacement.</summary>
    private async Task<int> CompletedAtTownAsync()
    {
        var month = await CompletedAtTownAsync("from=2025-03-01&to=2025-03-31");
        Assert.Equal(month, await CompletedAtTownAsync("from=2025-03-05&to=2025-03-20"));
        return month;
    }

    private async Task<int> CompletedAtTownAsync(string period)
    {
        var rows = await host.CreateClient("supervisor-county").OkBodyAsync($"/api/supervision/stats/breakdown?division={County}&by=child-region&{period}");
        return rows.EnumerateArray().Single(r => r.GetProperty("key").GetString() == Town).GetProperty("completed").GetInt32();
    }

    private static CountsRolledUp Row(string division, long version, int completed) => new(new DateOnly(2025, 3, 12), division, $"ou-{division}",
        "000121010000", $"ou-{division}", "", version, new CountsRolledUp.Figures(completed, completed, completed, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));

    private async Task HandleAsync(CountsRolledUp row)
    {
        var envelope = new FederationEvent
        {
            Id = Guid.NewGuid().ToString(), Source = "/linkage/town-350926100", Type = CountsRolledUp.Type, Subject = $"counts:{row.HandlingDivision}",
            Data = JsonSerializer.SerializeToElement(row, MessageJson.Options), TargetDivision = County, Sequence = row.Sequence, Signer = "town-350926100",
        };
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CountsRolledUpHandler>().HandleAsync(envelope, row, CancellationToken.None);
    }
}
