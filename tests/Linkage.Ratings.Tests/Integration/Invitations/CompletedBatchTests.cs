using Linkage.Contracts.Events.Ratings;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Ratings.Tests;

/// <summary>Completions waiting on ratings' queue are applied together (decision 0680): each case completed once with
/// one invitation, whether its CaseCompleted comes again under the same MessageId or a second time under a new one.</summary>
public sealed class CompletedBatchTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    private const int Cases = 12;

    [Fact]
    public async Task Cases_completed_together_get_one_invitation_each_and_a_repeat_adds_none()
    {
        var bus = fixture.Host.Services.GetRequiredService<IBus>();
        var accepted = Enumerable.Range(0, Cases).Select(_ => IntakeEvents.Accepted(fixture.ResidentDigest, "350926000000")).ToList();
        foreach (var a in accepted) await bus.Publish(a);
        var caseIds = string.Join("','", accepted.Select(a => a.CaseId));
        await fixture.Host.Eventually(async () => await fixture.CountAsync($"SELECT count(*) FROM ratings.cases WHERE \"Id\" IN ('{caseIds}')") == Cases);

        var messages = new List<Guid>();
        foreach (var a in accepted)
        {
            var id = NewId.NextGuid();
            messages.Add(id);
            await bus.Publish(IntakeEvents.Completed(a), c => c.MessageId = id);
        }
        await bus.Publish(IntakeEvents.Completed(accepted[0]), c => c.MessageId = messages[0]); // the same message again
        var second = NewId.NextGuid();
        messages.Add(second);
        await bus.Publish(IntakeEvents.Completed(accepted[1]), c => c.MessageId = second); // completed again, a new message

        var taken = $"""
            SELECT count(*) FROM ratings.inbox_messages
            WHERE consumer LIKE '%CaseCompletedConsumer' AND message_id IN ('{string.Join("','", messages)}')
            """;
        await fixture.Host.Eventually(async () => await fixture.CountAsync(taken) == messages.Count, TimeSpan.FromSeconds(120));
        Assert.Equal(Cases, await fixture.CountAsync($"SELECT count(*) FROM ratings.cases WHERE \"Id\" IN ('{caseIds}') AND \"Completed\""));
        Assert.Equal(Cases, await fixture.CountAsync($"SELECT count(*) FROM ratings.invitations WHERE \"CaseId\" IN ('{caseIds}')"));
        var invited = await fixture.Host.Eventually(() => Task.FromResult(
            fixture.Published.OfType<RatingInvited>().Where(i => accepted.Any(a => a.CaseId == i.CaseId)).ToList() is { Count: >= Cases } all ? all : null));
        Assert.Equal(accepted.Select(a => a.CaseId).Order(), invited.Select(i => i.CaseId).Order());
    }
}
