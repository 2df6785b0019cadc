using Linkage.Contracts.Events.Ratings;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Supervision.Tests;

/// <summary>差评整改: a late return visit raises a yellow card and a late rectification a red one, each once however
/// often ratings reports it, in the handling unit's subtree only.</summary>
public sealed class RatingAlarmTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string Town = "350926105000";
    private static readonly DateTimeOffset Detected = new(2025, 9, 10, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Overdue_visit_and_rectification_raise_one_card_each_seen_only_in_the_subtree()
    {
        var rectification = Guid.NewGuid();
        var visit = new ReturnVisitOverdue(rectification, "000121010000", "ou-350926105000-centre", Town, new(2025, 9, 9), Detected);
        var rectify = new RectificationOverdue(rectification, "000121010000", "ou-350926105000-centre", Town, new(2025, 9, 30), Detected.AddDays(21));

        var bus = fixture.Host.Services.GetRequiredService<IBus>();
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        await bus.Publish(visit, c => c.MessageId = ids[0]);
        await bus.Publish(visit with { DetectedAt = Detected.AddDays(1) }, c => c.MessageId = ids[1]); // reported again next day
        await bus.Publish(rectify, c => c.MessageId = ids[2]);
        await fixture.Host.Eventually(async () => await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.inbox_messages WHERE message_id IN ('{string.Join("','", ids)}')") == 3);

        var open = await fixture.OpenAlarmsAsync(rectification);
        Assert.Equal(2, open.Count);
        var cards = open.ToDictionary(a => a.GetProperty("kind").GetString()!, a => a);
        Assert.Equal("yellow", cards["visit-overdue"].GetProperty("level").GetString());
        Assert.Equal("red", cards["rectify-overdue"].GetProperty("level").GetString());
        Assert.Equal("2025-09-30", cards["rectify-overdue"].GetProperty("dueDate").GetString());
        var other = await fixture.Host.CreateClient("other-county-clerk").GetAsync($"/api/supervision/alarms?caseId={rectification}");
        Assert.DoesNotContain(rectification.ToString(), await other.Content.ReadAsStringAsync());
    }
}
