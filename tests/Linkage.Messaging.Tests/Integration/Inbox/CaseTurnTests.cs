using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>Deliveries that take turns by case (decision 0755): a case's messages, delivered together, are applied one
/// after another, while another case's go on beside them; each once.</summary>
public sealed class CaseTurnTests
{
    private const string Endpoint = "turn-probe";
    private const int PerCase = 6;

    [Fact]
    public async Task A_cases_messages_delivered_at_once_are_applied_one_after_another_and_other_cases_beside_them()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = TestEnvironment.NewName("t");
        broker.CleanUpEndpoint($"{module}-{Endpoint}");
        broker.CleanUp(Broker.MassTransitExchange<TurnProbe>());
        var log = new TurnLog();
        var host = await TestHost.StartAsync(database, (services, config) => services.AddSingleton(log)
            .AddLinkageBus(config, bus => bus.AddModuleConsumer<TurnProbeConsumer>(module)));
        try
        {
            var cases = new[] { Guid.NewGuid(), Guid.NewGuid() };
            var keys = cases.SelectMany((c, i) => Enumerable.Range(0, PerCase).Select(n => (Key: $"{i}-{n}", Case: c))).ToList();
            var bus = host.Services.GetRequiredService<IBus>();
            await Task.WhenAll(keys.Select(k => bus.Publish(new TurnProbe(k.Key, k.Case))));

            var applied = await Wait.Until(async () =>
            {
                await using var db = database.NewContext();
                return await db.Applied.Select(a => a.Key).ToListAsync();
            }, a => a.Count >= keys.Count, what: "every probe applied");

            Assert.Equal(keys.Select(k => k.Key).Order(), applied.Order());
            Assert.Equal(1, log.MostOfOneCase); // never two of a case at once
            Assert.Equal(2, log.MostCases); // the two cases side by side
            Assert.Equal(keys.Count, await database.ScalarAsync<long>($"SELECT count(*) FROM {TestDbContext.SchemaName}.inbox_messages"));
            Assert.Equal(0u, await broker.MessageCountAsync($"{module}-{Endpoint}_error"));
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
