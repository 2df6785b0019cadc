using System.Net;
using System.Text.Json;
using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.Supervision.Features.RollUp;
using Linkage.Supervision.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>Open cases past due, alarms and 督办 orders roll up like the counters (decision 0526): the county sends its
/// state to the city whole and versioned, and keeps a town's at its highest version. The events are handed to the
/// handler as the federation dispatcher would (tests/Linkage.Federation.Tests carries them over real links).</summary>
public sealed class StateRollUpTests : IAsyncLifetime
{
    private const string Town = "350926100000", County = "350926000000", City = "350900000000";
    private LinkageTestHost host = null!;

    public async Task InitializeAsync() => host = await LinkageTestHost.StartAsync("supervision", configure: s =>
    {
        s["Linkage:Serves"] = County;
        s["Linkage:ServesExcept"] = Town;
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_county_case_open_past_due_goes_up_to_the_city_and_comes_off_once_completed()
    {
        var late = Accepted(new DateOnly(2025, 4, 1), 5, County, County);
        await host.Services.GetRequiredService<IBus>().Publish(late);
        await host.Eventually(async () => await CountAsync($"SELECT count(*) FROM supervision.cases WHERE \"Id\" = '{late.CaseId}'") == 1, Patience);

        var open = (await host.Eventually(() => SentAsync(late.DueDate, s => s.State.OpenOverdue == 1), Patience))!.Value;
        Assert.Equal(City, open.Target);
        await host.Services.GetRequiredService<IBus>().Publish(Completed(late, new DateOnly(2025, 4, 20)));
        var closed = (await host.Eventually(() => SentAsync(late.DueDate, s => s.State.OpenOverdue == 0), Patience))!.Value;
        Assert.True(closed.Row.Sequence > open.Row.Sequence);

        await RunAsync(); // nothing changed: nothing more is sent
        Assert.Equal(2, await CountAsync($"SELECT count(*) FROM supervision.outbox_messages WHERE subject = 'state:{late.DueDate:yyyyMMdd}:{County}'"));
    }

    [Fact]
    public async Task The_highest_version_of_a_town_row_wins_and_shows_in_the_county_view_and_stats()
    {
        await HandleAsync(Row(Town, version: 2, openOverdue: 3, awaiting: 1));
        await HandleAsync(Row(Town, version: 1, openOverdue: 7, awaiting: 5));
        await HandleAsync(Row(Town, version: 2, openOverdue: 9, awaiting: 9)); // a replay under a new id: not taken
        var town = await TownStateAsync();
        Assert.Equal((3, 1, 2, 1), (town.GetProperty("openOverdue").GetInt32(), town.GetProperty("ordersAwaiting").GetInt32(),
            town.GetProperty("red").GetInt32(), town.GetProperty("alarmsRaised").GetInt32()));

        await HandleAsync(Row(Town, version: 3, openOverdue: 0, awaiting: 0));
        Assert.Equal(0, (await TownStateAsync()).GetProperty("ordersAwaiting").GetInt32());
        await HandleAsync(Row(Town, version: 4, openOverdue: 4, awaiting: 0));
        var stats = await host.CreateClient("supervisor-county").OkBodyAsync($"/api/supervision/stats?division={County}&{Period}");
        Assert.Equal(4, stats.GetProperty("overdue").GetInt32());

        await Assert.ThrowsAsync<FederationRefusedException>(() => HandleAsync(Row(County, version: 9, openOverdue: 1, awaiting: 1)));
        foreach (var outsider in new[] { "other-county-clerk", "clerk" }) // another county; a clerk bound to one unit
        {
            var response = await host.CreateClient(outsider).GetAsync($"/api/supervision/stats/rolled-up?division={County}&{Period}");
            await response.ProblemAsync(HttpStatusCode.NotFound);
        }
        var tooLong = await host.CreateClient("supervisor-county").GetAsync($"/api/supervision/stats/rolled-up?division={County}&from=2024-01-01&to=2025-12-31");
        await tooLong.ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    private const string Period = "from=2025-03-01&to=2025-03-31";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private async Task<JsonElement> TownStateAsync()
    {
        var rows = await host.CreateClient("supervisor-county").OkBodyAsync($"/api/supervision/stats/rolled-up?division={County}&{Period}");
        return rows.Items().EnumerateArray().Single(r => r.GetProperty("key").GetString() == Town);
    }

    private static StateRolledUp Row(string division, long version, int openOverdue, int awaiting) =>
        new(new DateOnly(2025, 3, 12), division, version, new StateRolledUp.Figures(openOverdue, 1, 0, 0, 2, 0, awaiting, 0, 0));

    private async Task HandleAsync(StateRolledUp row)
    {
        var envelope = new FederationEvent
        {
            Id = Guid.NewGuid().ToString(), Source = "/linkage/town-350926100", Type = StateRolledUp.Type, Subject = $"state:{row.HandlingDivision}",
            Data = JsonSerializer.SerializeToElement(row, MessageJson.Options), TargetDivision = County, Sequence = row.Sequence, Signer = "town-350926100",
        };
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StateRolledUpHandler>().HandleAsync(envelope, row, CancellationToken.None);
    }

    private async Task RunAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StateRollUp>().RunAsync(CancellationToken.None);
    }

    /// <summary>Runs a pass, then the last state row queued for the county on that day, if it matches.</summary>
    private async Task<(StateRolledUp Row, string Target)?> SentAsync(DateOnly day, Func<StateRolledUp, bool> wanted)
    {
        await RunAsync();
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT payload::text, target_division FROM supervision.outbox_messages WHERE kind = 'federation' AND subject = @subject
            ORDER BY sequence DESC LIMIT 1
            """, connection);
        command.Parameters.AddWithValue("subject", $"state:{day:yyyyMMdd}:{County}");
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) return null;
        var row = JsonSerializer.Deserialize<StateRolledUp>(reader.GetString(0), MessageJson.Options)!;
        return wanted(row) ? (row, reader.GetString(1)) : null;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
