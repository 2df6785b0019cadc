using System.Net;
using System.Text.Json;
using Linkage.Intake.Features.Sweep;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Linkage.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Linkage.Intake.Tests;

/// <summary>The background sweep, driven by a controllable clock against the real database.</summary>
public sealed class SweepTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private async Task<int> SweepAtAsync(DateTimeOffset now)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var sweep = new IntakeSweep(scope.ServiceProvider.GetRequiredService<IntakeDbContext>(), new FakeTimeProvider(now.ToUniversalTime()));
        return await sweep.RunAsync(CancellationToken.None);
    }

    /// <summary>Rows another transaction holds are skipped (SKIP LOCKED) and left to the next pass, and a pass takes
    /// at most one batch, so the test sweeps again until the case reaches the status, as the hosted sweep would.</summary>
    private Task<JsonElement> SweepUntilAsync(HttpClient client, string id, DateTimeOffset now, string status) =>
        Wait.Until(async () =>
        {
            await SweepAtAsync(now);
            return await client.CaseAsync(id);
        }, c => c.Str("status") == status, what: $"case {id} becoming {status}");

    private async Task<long> OutboxAsync(string id, string type) => await fixture.CountAsync(
        $"SELECT count(*) FROM intake.outbox_messages WHERE aggregate_id = '{id}' AND message_type LIKE '%{type}%'");

    [Fact]
    public async Task A_case_without_a_notice_within_five_working_days_counts_as_accepted_from_receipt()
    {
        using var resident = fixture.Host.CreateClient("resident");
        var (_, created) = await resident.CallAsync("/api/intake/cases", Applications.FoodPermitFor());
        var id = created.Str("id");
        var received = DateTimeOffset.Parse(created.Str("receivedAt"));

        await SweepAtAsync(received.AddDays(3));
        Assert.Equal("received", (await resident.CaseAsync(id)).Str("status"));

        var deemed = await SweepUntilAsync(resident, id, received.AddDays(14), "accepted");
        var slip = deemed.GetProperty("slip");
        Assert.True(slip.GetProperty("deemedAccepted").GetBoolean());
        Assert.Equal(ChinaTime.ToLocalDate(received), DateOnly.Parse(slip.Str("acceptedOn")));
        Assert.Equal(1, await OutboxAsync(id, "CaseAccepted"));

        await SweepAtAsync(received.AddDays(15));
        Assert.Equal(1, await OutboxAsync(id, "CaseAccepted"));
    }

    [Fact]
    public async Task Deferred_materials_not_supplied_by_the_committed_date_terminate_the_case_with_a_notice()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var supplyBy = WorkingDayCalendar.China.AddWorkingDays(ChinaTime.ToLocalDate(DateTimeOffset.UtcNow), 3);
        var (status, created) = await agent.CallAsync("/api/intake/cases", Deferral.Application(supplyBy));
        Assert.Equal(HttpStatusCode.Created, status);
        var id = created.Str("id");

        await SweepAtAsync(DateTimeOffset.UtcNow);
        Assert.Equal("accepted", (await agent.CaseAsync(id)).Str("status"));

        var terminated = await SweepUntilAsync(agent, id,
            new DateTimeOffset(supplyBy.AddDays(1), new TimeOnly(10, 0), TimeSpan.FromHours(8)), "terminated");
        var slip = terminated.GetProperty("slip");
        Assert.Equal("termination-notice", slip.Str("kind"));
        Assert.Equal(["health-certificate"], slip.GetProperty("outstandingMaterials").EnumerateArray().Select(m => m.GetString()!).ToArray());
        Assert.Equal(1, await OutboxAsync(id, "CaseTerminated"));
    }
}
