using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Fees.Tests.Integration;

/// <summary>Fees applies an acceptance in one batch without BEGIN and COMMIT (decisions 0594, 0606): the same delivery
/// twice and the same facts under a new id, all at once, assess the case once and every delivery is accounted for.</summary>
[Collection(FeesCollection.Name)]
public sealed class RedeliveredAcceptanceTests(FeesHostFixture f)
{
    private const string Handled = "SELECT count(*) FROM fees.inbox_messages WHERE consumer = 'Linkage.Fees.Messaging.CaseAcceptedConsumer'";

    [Fact]
    public async Task An_acceptance_delivered_twice_and_again_under_a_new_id_is_assessed_once()
    {
        var (unit, division, version) = await f.CountyHandlingAsync();
        var (caseId, now) = (Guid.CreateVersion7(), DateTimeOffset.UtcNow);
        var today = ChinaTime.ToLocalDate(now);
        var accepted = new CaseAccepted(caseId, $"350926000000-{today:yyyyMMdd}-{Random.Shared.Next(1, 999_999):D6}", "000121010000", "食品经营许可",
            FeesHostFixture.Entry, version, unit, division, unit, division,
            new ApplicantSummary("person", "陈美华", "350926********0020", "digest-redelivered", null), now, today, today.AddDays(14), 10);
        var (first, again) = (Guid.NewGuid(), Guid.NewGuid());
        var bus = f.Host.Services.GetRequiredService<IBus>();

        await Task.WhenAll(
            bus.Publish(accepted, c => c.MessageId = first),
            bus.Publish(accepted, c => c.MessageId = first),
            bus.Publish(accepted, c => c.MessageId = again));

        var both = $"{Handled} AND message_id IN ('{first}', '{again}')";
        await f.Host.Eventually(async () => await f.CountAsync(both) == 2 ? (bool?)true : null, TimeSpan.FromSeconds(30));
        Assert.Equal(FeesHostFixture.DueFen, (await f.FeeAsync(caseId)).GetProperty("dueFen").GetInt64());
        Assert.Equal(1, await f.CountAsync($"SELECT count(*) FROM fees.assessments WHERE \"CaseId\" = '{caseId}'"));
        Assert.Equal(1, await f.CountAsync($"{Handled} AND message_id = '{first}'"));
    }
}
