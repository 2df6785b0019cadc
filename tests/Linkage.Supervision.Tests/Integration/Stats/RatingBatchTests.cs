using Linkage.Contracts.Events.Ratings;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>Ratings waiting on supervision's queue are applied together (decisions 0662, 0674): each counts once, a
/// message delivered twice (the same MessageId) counts once, and the grades land on their own cases' rows.</summary>
public sealed class RatingBatchTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    [Fact]
    public async Task Ratings_published_at_once_are_each_counted_once_and_a_repeated_message_once()
    {
        var matter = $"batch-{Guid.NewGuid():N}"[..30];
        var cases = Enumerable.Range(0, 3).Select(_ => Accepted(new DateOnly(2025, 12, 1), 10) with { MatterCode = matter }).ToArray();
        await fixture.DeliverAsync(cases);

        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            var c = cases[i % cases.Length];
            var id = Guid.NewGuid();
            ids.Add(id);
            var grade = i % 5 == 0 ? 2 : 5;
            await fixture.PublishAsync(new CaseRated(Guid.NewGuid(), c.CaseId, grade, "window", c.HandlingOrgUnitId, c.HandlingDivision,
                At(new DateOnly(2025, 12, 3), 10)), id);
            if (i == 7) await fixture.PublishAsync(new CaseRated(Guid.NewGuid(), c.CaseId, grade, "window", c.HandlingOrgUnitId,
                c.HandlingDivision, At(new DateOnly(2025, 12, 3), 10)), id); // the same message again
        }

        var taken = $"SELECT count(*) FROM supervision.inbox_messages WHERE message_id IN ('{string.Join("','", ids)}')";
        await fixture.Host.Eventually(async () => await fixture.CountAsync(taken) == ids.Count, TimeSpan.FromSeconds(120));
        var figures = $"""
            SELECT coalesce(sum("Ratings"), 0)::bigint * 1000 + coalesce(sum("GradeSum"), 0)::bigint FROM supervision.daily_counts
            WHERE "MatterCode" = '{matter}' AND "Day" = '2025-12-03' AND "DepartmentId" = ''
            """;
        // 40 ratings: 8 of grade 2 and 32 of grade 5 (16 + 160 = 176); the repeat of the eighth adds nothing.
        await fixture.Host.Eventually(async () => await fixture.CountAsync(figures) == 40 * 1000 + 176, TimeSpan.FromSeconds(60));
        Assert.Equal(40 * 1000 + 176, await fixture.CountAsync(figures));
    }
}
