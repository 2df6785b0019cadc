using Linkage.Contracts.Events.Supervision;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Approval.Tests.Integration;

/// <summary>绿色通道 on the task rows (decision 0693): marking a case marks each of its tasks, the inbox pages walk key
/// projects first with the cursor, and the reviewer's scope is unchanged. Its own host, so its key project is the only
/// one.</summary>
public sealed class KeyProjectOrderTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    [Fact]
    public async Task The_mark_is_on_each_task_of_the_case_and_the_inbox_walks_in_its_order_within_the_reviewers_scope()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var earlier = await fixture.Cases.PublishAsync(implementation);
        await fixture.Host.PlanAsync(earlier.CaseId);
        var key = await fixture.Cases.PublishAsync(implementation);
        await fixture.Host.PlanAsync(key.CaseId);
        var later = await fixture.Cases.PublishAsync(implementation);
        await fixture.Host.PlanAsync(later.CaseId);

        await fixture.Host.Services.GetRequiredService<IBus>().Publish(new KeyProjectMarked(key.CaseId, key.CaseNumber, "王导办",
            key.DueDate.AddDays(-3), key.HandlingDivision, DateTimeOffset.UtcNow));
        await fixture.Host.Eventually(async () =>
            await fixture.CountAsync("""SELECT count(*) FROM approval.review_tasks WHERE "CaseId" = $1 AND "KeyProject" """, key.CaseId) > 0);
        Assert.Equal(0, await fixture.CountAsync("""SELECT count(*) FROM approval.review_tasks WHERE "CaseId" = $1 AND NOT "KeyProject" """, key.CaseId));
        Assert.Equal(0, await fixture.CountAsync(
            """SELECT count(*) FROM approval.review_tasks WHERE "CaseId" IN ($1, $2) AND "KeyProject" """, earlier.CaseId, later.CaseId));

        using var scjg = fixture.Host.CreateClient("reviewer-scjg");
        var walked = await WalkAsync(scjg, 1);
        Assert.Equal(await WalkAsync(scjg, 500), walked); // the cursor resumes the same order, key projects first
        Assert.Equal([key.CaseId, earlier.CaseId, later.CaseId], walked.Where(new[] { earlier.CaseId, key.CaseId, later.CaseId }.Contains));
        using var otherCounty = Reviewers.For(fixture.Host, "dep-350926-scjg", "350981000000", "ou-350981-centre");
        Assert.Empty(await WalkAsync(otherCounty, 500)); // the same department in another county sees none of them
    }

    /// <summary>The caller's pending inbox, page after page, as case ids.</summary>
    private static async Task<List<Guid>> WalkAsync(HttpClient client, int limit)
    {
        var (cases, cursor) = (new List<Guid>(), (string?)null);
        do
        {
            var page = await client.GetJsonAsync($"/api/approval/tasks?status=pending&limit={limit}"
                + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            cases.AddRange(page.Items().EnumerateArray().Select(t => t.GetProperty("caseId").GetGuid()));
            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == System.Text.Json.JsonValueKind.String ? next.GetString() : null;
        } while (cursor is not null && cases.Count < 1000);
        return cases;
    }
}
