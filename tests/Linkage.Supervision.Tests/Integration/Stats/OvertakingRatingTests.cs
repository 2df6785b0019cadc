using Linkage.Contracts.Events.Ratings;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>A rating of a case this deployment serves that arrives before the case's acceptance waits for it and is
/// counted then (decisions 0574, 0633), instead of being lost.</summary>
public sealed class OvertakingRatingTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    [Fact]
    public async Task A_rating_that_overtakes_the_acceptance_is_counted_once_the_acceptance_arrives()
    {
        var accepted = Accepted(new DateOnly(2025, 12, 1), 10) with { MatterCode = $"overtaken-{Guid.NewGuid():N}"[..30] };
        var handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (fixture.Host.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(new Handling(accepted.CaseId, handled)))
        {
            await fixture.PublishAsync(new CaseRated(Guid.NewGuid(), accepted.CaseId, 4, "window", accepted.HandlingOrgUnitId,
                accepted.HandlingDivision, At(new DateOnly(2025, 12, 3), 10)));
            await handled.Task.WaitAsync(TimeSpan.FromSeconds(60)); // the rating is being handled before its case is watched
        }

        await fixture.DeliverAsync(accepted);

        var ratings = $"""
            SELECT coalesce(sum("Ratings"), 0)::bigint FROM supervision.daily_counts
            WHERE "MatterCode" = '{accepted.MatterCode}' AND "Day" = '2025-12-03'
            """;
        await fixture.Host.Eventually(async () => await fixture.CountAsync(ratings) == 1, TimeSpan.FromSeconds(120));
        var satisfied = await fixture.CountAsync($"""
            SELECT coalesce(sum("Satisfied"), 0)::bigint FROM supervision.daily_counts WHERE "MatterCode" = '{accepted.MatterCode}'
            """);
        Assert.Equal(1, satisfied);
    }

    /// <summary>Signals when supervision starts handling the case's rating.</summary>
    private sealed class Handling(Guid caseId, TaskCompletionSource started) : IConsumeMessageObserver<CaseRated>
    {
        public Task PreConsume(ConsumeContext<CaseRated> context)
        {
            if (context.Message.CaseId == caseId) started.TrySetResult();
            return Task.CompletedTask;
        }

        public Task PostConsume(ConsumeContext<CaseRated> context) => Task.CompletedTask;

        public Task ConsumeFault(ConsumeContext<CaseRated> context, Exception exception) => Task.CompletedTask;
    }
}
