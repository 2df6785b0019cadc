using System.Text.Json;
using Linkage.Testing;

namespace Linkage.EndToEnd.Tests;

/// <summary>The county departments find their tasks and approve at the same time (并联审批).</summary>
public static class ParallelReview
{
    /// <summary>The food permit's three departments (market regulation, health, fire rescue) approve in parallel.</summary>
    public static Task ApproveByEveryDepartmentAsync(Deployment deployment, DemoTokens tokens, Guid caseId) =>
        ApproveAsync(deployment, tokens, caseId, DemoReviewers.FoodPermit);

    public static async Task ApproveAsync(Deployment deployment, DemoTokens tokens, Guid caseId, IEnumerable<string> reviewers)
    {
        var decisions = reviewers.Select(async reviewer =>
        {
            using var client = new GatewayClient(deployment.Gateway, tokens.For(reviewer));
            var task = await Wait.Until(async () =>
            {
                var tasks = (await client.GetAsync("/api/approval/tasks?status=pending")).GetProperty("items");
                return tasks.EnumerateArray().Where(t => t.GetProperty("caseId").GetGuid() == caseId)
                    .Select(t => (JsonElement?)t).FirstOrDefault();
            }, TimeSpan.FromSeconds(20));
            var taskId = task!.Value.GetProperty("id").GetGuid();
            await client.PostAsync($"/api/approval/tasks/{taskId}/decision", new { decision = "approve" }, System.Net.HttpStatusCode.OK);
        });
        await Task.WhenAll(decisions);
    }
}
