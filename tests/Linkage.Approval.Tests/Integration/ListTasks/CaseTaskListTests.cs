using System.Text.Json;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Decision 0808: a reviewer's list of one case (<c>?caseId=</c>) is read by a compiled query and paged in
/// memory. It holds what the database-paged list holds for that case, in the same order (key projects first, then
/// deadline, then id), page by page with the same cursors, and only what the caller's scope lets it see.</summary>
public sealed class CaseTaskListTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    private const string MarketRegulation = "dep-350926-scjg";

    [Fact]
    public async Task One_cases_tasks_are_paged_in_the_lists_order_within_the_callers_scope()
    {
        var bundles = new BundleCases(fixture.Host);
        var accepted = await bundles.PublishAsync(await bundles.LegsAsync());
        await fixture.Host.PlanAsync(accepted.CaseId);
        using var scjg = Reviewers.For(fixture.Host, MarketRegulation);

        var walked = await WalkAsync(scjg, $"caseId={accepted.CaseId}&status=pending&limit=1");
        var everywhere = (await WalkAsync(scjg, "status=pending&limit=500")).Where(t => t.CaseId == accepted.CaseId).ToList();

        Assert.Equal(2, walked.Count); // the department's task on each of the two legs, one a page
        Assert.Equal(everywhere, walked);
        Assert.Empty(await WalkAsync(scjg, $"caseId={accepted.CaseId}&status=approved"));
        Assert.Equal(2, (await WalkAsync(scjg, $"caseId={accepted.CaseId}")).Count);
        using var health = Reviewers.For(fixture.Host, "dep-350926-wsjk");
        Assert.Single(await WalkAsync(health, $"caseId={accepted.CaseId}"));
        using var otherCounty = Reviewers.For(fixture.Host, MarketRegulation, "350981000000", "ou-350981-centre");
        Assert.Empty(await WalkAsync(otherCounty, $"caseId={accepted.CaseId}"));
    }

    private static async Task<List<(Guid Id, Guid CaseId, string? Leg)>> WalkAsync(HttpClient client, string query)
    {
        var (tasks, cursor) = (new List<(Guid, Guid, string?)>(), (string?)null);
        do
        {
            var page = await client.GetJsonAsync($"/api/approval/tasks?{query}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            tasks.AddRange(page.Items().EnumerateArray().Select(t =>
                (t.GetProperty("id").GetGuid(), t.GetProperty("caseId").GetGuid(), t.GetProperty("legCode").GetString())));
            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        } while (cursor is not null && tasks.Count < 1000);
        return tasks;
    }
}
