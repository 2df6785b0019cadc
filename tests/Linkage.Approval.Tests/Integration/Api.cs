using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Testing;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Small HTTP helpers over the approval API.</summary>
public static class Api
{
    public static Task<HttpResponseMessage> DecideAsync(this HttpClient client, Guid taskId, string decision, string? reason = null, string? legalBasis = null) =>
        client.PostAsJsonAsync($"/api/approval/tasks/{taskId}/decision", new { decision, reason, legalBasis });

    /// <summary>Waits until approval has opened the case's plan, then returns it (as seen by the county clerk).</summary>
    public static async Task<JsonElement> PlanAsync(this LinkageTestHost host, Guid caseId)
    {
        using var clerk = host.CreateClient("clerk");
        var plan = await host.Eventually(async () =>
        {
            var response = await clerk.GetAsync($"/api/approval/cases/{caseId}");
            return response.StatusCode == HttpStatusCode.OK ? (JsonElement?)await response.JsonAsync(HttpStatusCode.OK) : null;
        }, TimeSpan.FromSeconds(20));
        return plan!.Value;
    }

    public static Guid TaskOf(this JsonElement plan, string departmentId) => plan.GetProperty("departments").EnumerateArray()
        .Single(d => d.GetProperty("departmentId").GetString() == departmentId).GetProperty("taskId").GetGuid();

    public static IReadOnlyList<JsonElement> TasksOfCase(this JsonElement tasks, Guid caseId) =>
        tasks.EnumerateArray().Where(t => t.GetProperty("caseId").GetGuid() == caseId).ToList();
}
