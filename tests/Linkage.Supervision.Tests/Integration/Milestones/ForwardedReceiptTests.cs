using Linkage.Contracts.Events.Intake;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>The town's deployment (decision 0720): a village station's case for a matter the city handles is forwarded
/// at once, and its 受理 is reported where it is handled, so supervision here starts no acceptance step for it and
/// writes nothing, nor for the station's notice or refusal of such a case (0731); a case the town handles itself is
/// supervised as before.</summary>
public sealed class ForwardedReceiptTests : IAsyncLifetime
{
    private const string Town = "350926100000", City = "350900000000";
    private LinkageTestHost host = null!;

    public async Task InitializeAsync() => host = await LinkageTestHost.StartAsync("supervision", configure: s =>
    {
        s["Linkage:Serves"] = Town;
        s["Linkage:Supervision:Sweep"] = "false";
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_case_handled_by_another_deployment_leaves_no_step_no_inbox_row_and_no_card()
    {
        var forwarded = SubmittedAtVillage(handling: City);
        var local = SubmittedAtVillage(handling: Town);
        var (forwardedId, localId) = (Guid.NewGuid(), Guid.NewGuid());
        var bus = host.Services.GetRequiredService<IBus>();
        var consumed = new ConsumedMessages();
        using var observing = bus.ConnectReceiveObserver(consumed);
        await bus.Publish(forwarded, c => c.MessageId = forwardedId);
        await bus.Publish(local, c => c.MessageId = localId);
        await host.Eventually(async () => consumed.Contains(forwardedId)
            && await CountAsync($"SELECT count(*) FROM supervision.inbox_messages WHERE message_id = '{localId}'") == 1, TimeSpan.FromSeconds(60));

        await SweepAsync(new DateOnly(2025, 9, 30));

        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM supervision.inbox_messages WHERE message_id = '{forwardedId}'"));
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM supervision.milestones WHERE \"CaseId\" = '{forwarded.CaseId}'"));
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM supervision.alarms WHERE \"CaseId\" = '{forwarded.CaseId}'"));
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM supervision.receipts WHERE \"CaseId\" = '{local.CaseId}'"));
        Assert.Equal(1, await CountAsync( // the town's own case: its unanswered step is carded as before
            $"SELECT count(*) FROM supervision.alarms WHERE \"CaseId\" = '{local.CaseId}' AND \"Kind\" = 'AcceptDeadline' AND \"ResolvedAt\" IS NULL"));
    }

    [Fact]
    public async Task A_stations_notice_or_refusal_for_a_case_another_deployment_handles_writes_no_step()
    {
        var (noticed, refused, local) = (SubmittedAtVillage(handling: City), SubmittedAtVillage(handling: City), SubmittedAtVillage(handling: Town));
        var answers = new object[] { Notice(noticed), Refusal(refused), Notice(local) };
        var ids = answers.Select(_ => Guid.NewGuid()).ToArray();
        var bus = host.Services.GetRequiredService<IBus>();
        var consumed = new ConsumedMessages();
        using var observing = bus.ConnectReceiveObserver(consumed);
        foreach (var submitted in new[] { noticed, refused, local }) await bus.Publish(submitted);
        for (var i = 0; i < answers.Length; i++)
        {
            var id = ids[i];
            await bus.Publish(answers[i], answers[i].GetType(), c => c.MessageId = id);
        }
        await host.Eventually(async () => consumed.Contains(ids[0]) && consumed.Contains(ids[1]) && await CountAsync(
            $"SELECT count(*) FROM supervision.milestones WHERE \"CaseId\" = '{local.CaseId}' AND \"StartedAt\" IS NOT NULL AND \"Outcome\" = 'notice'") == 1,
            TimeSpan.FromSeconds(60));

        Assert.Equal(0, await CountAsync( // no step with an end and no start (0731)
            $"SELECT count(*) FROM supervision.milestones WHERE \"CaseId\" IN ('{noticed.CaseId}', '{refused.CaseId}')"));
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM supervision.inbox_messages WHERE message_id IN ('{ids[0]}', '{ids[1]}')"));
    }

    private static MaterialsRequested Notice(CaseSubmitted c) => new(c.CaseId, c.CaseNumber, c.MatterCode, c.HandlingOrgUnitId!, c.HandlingDivision!,
        ["id-card"], c.SubmittedAt.AddHours(1), c.SubmittedAt);

    private static CaseRefused Refusal(CaseSubmitted c) => new(c.CaseId, c.CaseNumber, c.MatterCode, c.HandlingOrgUnitId!, c.HandlingDivision!,
        "not a matter of this centre", c.SubmittedAt.AddHours(1));

    private static CaseSubmitted SubmittedAtVillage(string handling) => new(Guid.NewGuid(),
        $"{Village}-20250901-{Random.Shared.Next(1, 999_999):D6}", "000150002000", "proxy", $"ou-{Village}-station", Village,
        At(new DateOnly(2025, 9, 1), 9), $"ou-{handling}", handling);

    private async Task SweepAsync(DateOnly today)
    {
        for (var swept = 1; swept > 0;)
        {
            await using var scope = host.Services.CreateAsyncScope();
            swept = await scope.ServiceProvider.GetRequiredService<Features.Sweep.MilestoneSweep>().RunAsync(today, CancellationToken.None);
        }
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
