using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Office.Tests;

/// <summary>A food-permit case taken through the window and parallel review: the county centre accepts it and the
/// three departments (<see cref="DemoReviewers.FoodPermit"/>) decide their tasks.</summary>
public static class ReviewSteps
{
    public static async Task<Guid> AcceptedCaseAsync(this OfficeHostFixture fixture)
    {
        var caseId = await fixture.ReceivedCaseAsync();
        using var clerk = fixture.Host.CreateClient("clerk");
        Assert.Equal("accepted", (await (await clerk.PostAsJsonAsync($"/api/intake/cases/{caseId}/acceptance", new { })).JsonAsync(HttpStatusCode.OK)).Str("status"));
        return caseId;
    }

    public static async Task<string> TaskOfAsync(this OfficeHostFixture fixture, string reviewer, Guid caseId)
    {
        using var client = fixture.Host.CreateClient(reviewer);
        var tasks = await Wait.Until(() => client.GetJsonAsync($"/api/approval/tasks?status=pending&caseId={caseId}"),
            t => t.Items().GetArrayLength() > 0, TimeSpan.FromSeconds(30), $"{reviewer}'s task");
        return tasks.Items()[0].Str("id");
    }

    public static async Task<HttpResponseMessage> DecideAsync(this OfficeHostFixture fixture, string reviewer, string taskId, object decision)
    {
        using var client = fixture.Host.CreateClient(reviewer);
        return await client.PostAsJsonAsync($"/api/approval/tasks/{taskId}/decision", decision);
    }

    /// <summary>The other departments approve their tasks, so the case's review concludes.</summary>
    public static async Task OthersApproveAsync(this OfficeHostFixture fixture, Guid caseId)
    {
        foreach (var reviewer in DemoReviewers.FoodPermit.Where(r => r != "reviewer-scjg"))
            await (await fixture.DecideAsync(reviewer, await fixture.TaskOfAsync(reviewer, caseId), new { decision = "approve" })).JsonAsync(HttpStatusCode.OK);
    }

    public static async Task<string> CertificateOfAsync(this OfficeHostFixture fixture, Guid caseId)
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        var certificate = await Wait.Until(async () =>
        {
            var list = (await clerk.GetJsonAsync($"/api/certificates?caseId={caseId}")).Items();
            return list.GetArrayLength() > 0 ? (JsonElement?)list[0] : null;
        }, TimeSpan.FromSeconds(30));
        return certificate!.Value.Str("identifier");
    }
}
