using System.Net;
using System.Net.Http.Json;

namespace Linkage.Office.Tests;

/// <summary>窗口授权 beyond 受理 (decision 0504): a department's review decisions need 审核 and the licence's delivery
/// needs 送达 in its letter at the handling centre; without them the act is refused by field and nothing is written.</summary>
[Collection(OfficeCollection.Name)]
public sealed class WindowPowersBeyondAcceptanceTests(OfficeHostFixture fixture)
{
    [Fact]
    public async Task Review_and_delivery_are_refused_outside_the_letter_and_go_through_once_granted()
    {
        await fixture.SetRulesAsync(approvalFirst: false);
        await fixture.GrantAsync("accept", "coordinate");
        var caseId = await fixture.AcceptedCaseAsync();
        var task = await fixture.TaskOfAsync("reviewer-scjg", caseId);

        var refused = await (await fixture.DecideAsync("reviewer-scjg", task, new { decision = "approve" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["department"], refused.ErrorFields());
        Assert.Contains("审核", refused.GetProperty("errors").GetProperty("department")[0].GetString());
        var signOff = await (await fixture.DecideAsync("chief", task, new { decision = "sign-off" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["department"], signOff.ErrorFields());
        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM approval.review_tasks WHERE \"Id\" = '{task}' AND \"Status\" = 'Pending'"));
        using var stranger = fixture.Client(new Linkage.ServiceDefaults.Auth.DemoUser("reviewer-other", "福安市市场监管局",
            [Linkage.ServiceDefaults.Auth.Roles.DepartmentReviewer], "350981000000", "ou-350981-centre", "dep-350926-scjg"));
        await (await stranger.PostAsJsonAsync($"/api/approval/tasks/{task}/decision", new { decision = "approve" })).ProblemAsync(HttpStatusCode.NotFound);

        await fixture.GrantAsync("accept", "review");
        await (await fixture.DecideAsync("reviewer-scjg", task, new { decision = "approve" })).JsonAsync(HttpStatusCode.OK);
        await fixture.OthersApproveAsync(caseId);
        var identifier = await fixture.CertificateOfAsync(caseId);

        using var clerk = fixture.Host.CreateClient("clerk");
        var delivery = $"/api/certificates/{identifier}/delivery";
        var notDelivered = await (await clerk.PostAsJsonAsync(delivery, new { method = "window" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["department"], notDelivered.ErrorFields());
        Assert.Contains("送达", notDelivered.GetProperty("errors").GetProperty("department")[0].GetString());
        Assert.Equal(0L, await fixture.CountAsync($"SELECT count(*) FROM certificates.deliveries d JOIN certificates.certificates c ON c.\"Id\" = d.\"CertificateId\" WHERE c.\"Identifier\" = '{identifier}'"));

        await fixture.GrantAsync(OfficeHostFixture.AllPowers);
        Assert.Equal("arranged", (await (await clerk.PostAsJsonAsync(delivery, new { method = "window" })).JsonAsync(HttpStatusCode.OK)).Str("status"));
    }
}
