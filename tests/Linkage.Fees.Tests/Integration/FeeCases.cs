using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Fees.Tests.Integration;

/// <summary>A food-permit case at the county window, its fee once fees has assessed it, and its approval.</summary>
public static class FeeCases
{
    public static readonly string[] Reviewers = ["reviewer-scjg", "reviewer-wsjk", "reviewer-xfjy"];

    public static async Task<Guid> SubmitAtTheCountyWindowAsync(this FeesHostFixture f)
    {
        using var clerk = f.Host.CreateClient("clerk");
        var submitted = await (await clerk.PostAsJsonAsync("/api/intake/cases", new
        {
            matterCode = "000121010000",
            applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
            principalConsent = true,
            materials = new[] { "application-form", "id-copy", "premises-plan", "health-certificate" }.Select(code => new { code, form = "paper" }),
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("accepted", submitted.GetProperty("status").GetString());
        return submitted.GetProperty("id").GetGuid();
    }

    /// <summary>The unit and division a case submitted at the county window is handled by, and the entry version it pins.</summary>
    public static async Task<(string Unit, string Division, int Version)> CountyHandlingAsync(this FeesHostFixture f)
    {
        var template = await f.SubmitAtTheCountyWindowAsync();
        using var clerk = f.Host.CreateClient("clerk");
        var view = await clerk.GetJsonAsync($"/api/intake/cases/{template}");
        var handledBy = view.GetProperty("handledBy");
        return (handledBy.GetProperty("orgUnitId").GetString()!, handledBy.GetProperty("division").GetString()!,
            view.GetProperty("implementationVersion").GetInt32());
    }

    public static async Task<JsonElement> FeeAsync(this FeesHostFixture f, Guid caseId, string user = "clerk")
    {
        using var client = f.Host.CreateClient(user);
        var fee = await f.Host.Eventually(async () =>
        {
            var response = await client.GetAsync($"/api/fees/cases/{caseId}");
            return response.StatusCode == HttpStatusCode.OK ? (JsonElement?)await response.JsonAsync(HttpStatusCode.OK) : null;
        }, TimeSpan.FromSeconds(20));
        return fee!.Value;
    }

    public static async Task<string> IntakeStatusAsync(this FeesHostFixture f, Guid caseId)
    {
        using var clerk = f.Host.CreateClient("clerk");
        return (await clerk.GetJsonAsync($"/api/intake/cases/{caseId}")).GetProperty("status").GetString()!;
    }

    /// <summary>Every department approves; returns once intake has handled the resulting CaseApproved.</summary>
    public static async Task ApproveAsync(this FeesHostFixture f, Guid caseId)
    {
        const string handled = "SELECT count(*) FROM intake.inbox_messages WHERE consumer = 'Linkage.Intake.Messaging.CaseApprovedConsumer'";
        var before = await f.CountAsync(handled);
        foreach (var reviewer in Reviewers)
        {
            using var client = f.Host.CreateClient(reviewer);
            var task = await f.Host.Eventually(async () =>
            {
                var tasks = (await client.GetJsonAsync("/api/approval/tasks?status=pending")).Items();
                return tasks.EnumerateArray().Where(t => t.GetProperty("caseId").GetGuid() == caseId).Select(t => (JsonElement?)t).FirstOrDefault();
            }, TimeSpan.FromSeconds(20));
            var decided = await client.PostAsJsonAsync($"/api/approval/tasks/{task!.Value.GetProperty("id").GetGuid()}/decision", new { decision = "approve" });
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }
        await f.Host.Eventually(async () => await f.CountAsync(handled) > before ? (bool?)true : null, TimeSpan.FromSeconds(20));
    }
}
