using Linkage.Contracts.Events.Approval;
using Linkage.Kernel;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Fees.Tests.Integration;

/// <summary>Fees applies the approvals waiting on its queue together (decisions 0662, 0678): approvals of several cases
/// published at once, one of them twice under its id and again under a new one, assess and approve each case's fee once.</summary>
[Collection(FeesCollection.Name)]
public sealed class RedeliveredApprovalTests(FeesHostFixture f)
{
    private const string Handled = "SELECT count(*) FROM fees.inbox_messages WHERE consumer = 'Linkage.Fees.Messaging.CaseApprovedConsumer'";

    [Fact]
    public async Task Approvals_published_at_once_with_one_twice_and_again_under_a_new_id_approve_each_fee_once()
    {
        var (unit, division, version) = await f.CountyHandlingAsync();
        var now = DateTimeOffset.UtcNow;
        var cases = Enumerable.Range(0, 3).Select(_ => Guid.CreateVersion7()).ToList();
        var ids = cases.Select(_ => Guid.NewGuid()).ToList();
        var again = Guid.NewGuid();
        CaseApproved Approved(Guid caseId) => new(caseId, $"350926000000-{ChinaTime.ToLocalDate(now):yyyyMMdd}-{Random.Shared.Next(1, 999_999):D6}",
            "000121010000", "食品经营许可", FeesHostFixture.Entry, version, unit, division, unit, "陈美华", "350926********0020", "digest-approved", now);
        var bus = f.Host.Services.GetRequiredService<IBus>();

        await Task.WhenAll(cases.Select((c, i) => bus.Publish(Approved(c), x => x.MessageId = ids[i]))
            .Append(bus.Publish(Approved(cases[0]), x => x.MessageId = ids[0]))
            .Append(bus.Publish(Approved(cases[0]), x => x.MessageId = again)));

        var all = $"{Handled} AND message_id IN ('{string.Join("','", ids.Append(again))}')";
        await f.Host.Eventually(async () => await f.CountAsync(all) == 4 ? (bool?)true : null, TimeSpan.FromSeconds(30));
        Assert.Equal(1, await f.CountAsync($"{Handled} AND message_id = '{ids[0]}'"));
        foreach (var c in cases)
        {
            Assert.Equal(FeesHostFixture.DueFen, (await f.FeeAsync(c)).GetProperty("dueFen").GetInt64());
            Assert.Equal(1, await f.CountAsync($"SELECT count(*) FROM fees.assessments WHERE \"CaseId\" = '{c}' AND \"ApprovedAt\" IS NOT NULL"));
        }
    }
}
