using System.Text.Json;
using Linkage.Testing;

namespace Linkage.EndToEnd.Tests;

/// <summary>Both county departments find their task and approve at the same time (并联审批).</summary>
public static class ParallelReview
{
    public static readonly string[] Reviewers = ["reviewer-scjg", "reviewer-wsjk"];

    public static async Task ApproveByBothDepartmentsAsync(Deployment deployment, DemoTokens tokens, Guid caseId)
    {
        var decisions = Reviewers.Select(async reviewer =>
        {
            using var client = new GatewayClient(deployment.Gateway, tokens.For(reviewer));
            var task = await Wait.Until(async () =>
            {
                var tasks = await client.GetAsync("/api/approval/tasks?status=pending");
                return tasks.EnumerateArray().Where(t => t.GetProperty("caseId").GetGuid() == caseId)
                    .Select(t => (JsonElement?)t).FirstOrDefault();
            }, TimeSpan.FromSeconds(20));
            var taskId = task!.Value.GetProperty("id").GetGuid();
            await client.PostAsync($"/api/approval/tasks/{taskId}/decision", new { decision = "approve" }, System.Net.HttpStatusCode.OK);
        });
        await Task.WhenAll(decisions);
    }
}
