using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.ServiceDefaults.Auth;

namespace Linkage.Office.Tests;

/// <summary>否定报备 with approval first for approval's rejections (decision 0562): a department's rejection is held as a
/// filing of its task, the task stays pending with its clock running, and only the centre's management approving it
/// rejects the task; a returned one rejects nothing and can be proposed again.</summary>
[Collection(OfficeCollection.Name)]
public sealed class HeldRejectionTests(OfficeHostFixture fixture)
{
    private const string Reason = "经营场所与食品加工区未分隔";
    private const string Basis = "食品经营许可和备案管理办法第十二条";

    private async Task<JsonElement> TaskAsync(Guid caseId, string status)
    {
        using var reviewer = fixture.Host.CreateClient("reviewer-scjg");
        var tasks = await Wait.Until(() => reviewer.GetJsonAsync($"/api/approval/tasks?status={status}&caseId={caseId}"),
            t => t.Items().GetArrayLength() > 0, TimeSpan.FromSeconds(30), $"a {status} task");
        return tasks.Items()[0];
    }

    private static object Rejection(string reason = Reason) => new { decision = "reject", reason, legalBasis = Basis };

    [Fact]
    public async Task A_rejection_is_held_until_the_centre_approves_it_and_then_rejects_the_task()
    {
        await fixture.GrantAsync(OfficeHostFixture.AllPowers);
        await fixture.SetRulesAsync(approvalFirst: true);
        var caseId = await fixture.AcceptedCaseAsync();
        var task = await fixture.TaskOfAsync("reviewer-scjg", caseId);
        var before = await TaskAsync(caseId, "pending");

        var noReason = await (await fixture.DecideAsync("reviewer-scjg", task, new { decision = "reject", reason = " " })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["reason"], noReason.ErrorFields());
        await (await fixture.DecideAsync("reviewer-wsjk", task, Rejection())).ProblemAsync(HttpStatusCode.NotFound); // another department's task
        var held = await (await fixture.DecideAsync("reviewer-scjg", task, Rejection())).JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal("pending", held.Str("status"));

        var filing = await fixture.FilingAsync(caseId, "awaiting-approval");
        Assert.Equal("rejection", filing.Str("kind"));
        Assert.Equal(task, filing.Str("taskId"));
        Assert.Equal(OfficeHostFixture.MarketRegulation, filing.Str("departmentId"));
        Assert.Equal((Reason, Basis), (filing.Str("reason"), filing.Str("legalBasis")));
        var pending = await TaskAsync(caseId, "pending"); // the hold stops no clock: the deadline stands, nothing is stopped
        Assert.Equal(before.Str("dueDate"), pending.Str("dueDate"));
        Assert.False(pending.TryGetProperty("clockStoppedFor", out var stopped) && stopped.ValueKind != JsonValueKind.Null);

        var decide = $"/api/office/filings/{filing.Str("id")}/decision";
        foreach (var reviewer in new[] { "reviewer-scjg", "reviewer-wsjk" }) // reviewers do not approve their own kind's filings
        {
            using var client = fixture.Host.CreateClient(reviewer);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync(decide, new { approve = true })).StatusCode);
        }
        using var otherCentre = fixture.Client(new DemoUser("admin-350981", "福安市行政服务中心", [Roles.CentreAdmin], "350981000000", "ou-350981-centre"));
        await (await otherCentre.PostAsJsonAsync(decide, new { approve = true })).ProblemAsync(HttpStatusCode.NotFound);
        using var admin = fixture.Host.CreateClient("hall-admin");
        var noAnswer = await (await admin.PostAsJsonAsync(decide, new { note = "同意" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["approve"], noAnswer.ErrorFields());
        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM approval.review_tasks WHERE \"Id\" = '{task}' AND \"Status\" = 'Pending'"));

        Assert.Equal("approved", (await (await admin.PostAsJsonAsync(decide, new { approve = true, note = "同意" })).JsonAsync(HttpStatusCode.OK)).Str("status"));
        var rejected = await TaskAsync(caseId, "rejected");
        Assert.Equal((Reason, Basis), (rejected.Str("reason"), rejected.Str("legalBasis")));
        await fixture.OthersApproveAsync(caseId);
        using var supervisor = fixture.Host.CreateClient("supervisor-county");
        var timeline = await fixture.Host.Eventually(async () =>
        {
            var t = await supervisor.GetJsonAsync($"/api/approval/cases/{caseId}/timeline");
            return t.Str("status") == "rejected" ? (JsonElement?)t : null;
        }, TimeSpan.FromSeconds(20));
        var kinds = timeline!.Value.GetProperty("entries").EnumerateArray().Select(e => e.Str("kind")).ToList();
        Assert.True(kinds.IndexOf("rejection-held") < kinds.IndexOf("rejected"), string.Join(",", kinds));
        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM office.negative_filings WHERE \"CaseId\" = '{caseId}'"));
        await fixture.SetRulesAsync(approvalFirst: false);
    }

    [Fact]
    public async Task A_returned_rejection_rejects_nothing_and_a_new_one_is_held_again()
    {
        await fixture.GrantAsync(OfficeHostFixture.AllPowers);
        await fixture.SetRulesAsync(approvalFirst: true);
        var caseId = await fixture.AcceptedCaseAsync();
        var task = await fixture.TaskOfAsync("reviewer-scjg", caseId);
        await (await fixture.DecideAsync("reviewer-scjg", task, Rejection())).JsonAsync(HttpStatusCode.Accepted);
        var filing = await fixture.FilingAsync(caseId, "awaiting-approval");

        using var admin = fixture.Host.CreateClient("hall-admin");
        var decide = $"/api/office/filings/{filing.Str("id")}/decision";
        await (await admin.PostAsJsonAsync(decide, new { approve = false, note = "请核实加工区是否已整改" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("pending", (await TaskAsync(caseId, "pending")).Str("status"));
        Assert.Equal(0L, await fixture.CountAsync($"SELECT count(*) FROM approval.review_tasks WHERE \"Id\" = '{task}' AND \"Status\" <> 'Pending'"));
        await fixture.Host.Eventually(async () => await fixture.CountAsync( // the reviewer sees it is no longer held (decision 0577)
            $"SELECT count(*) FROM approval.review_timeline WHERE \"CaseId\" = '{caseId}' AND \"Kind\" = 'rejection-returned' AND \"Detail\" = '请核实加工区是否已整改'") == 1
            ? (bool?)true : null, TimeSpan.FromSeconds(20));

        await (await fixture.DecideAsync("reviewer-scjg", task, Rejection("整改后仍未分隔"))).JsonAsync(HttpStatusCode.Accepted);
        var again = await fixture.FilingAsync(caseId, "awaiting-approval");
        Assert.Equal((filing.Str("id"), "整改后仍未分隔"), (again.Str("id"), again.Str("reason")));
        await (await fixture.DecideAsync("reviewer-scjg", task, new { decision = "approve" })).JsonAsync(HttpStatusCode.OK); // approvals are never held
        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM approval.review_tasks WHERE \"Id\" = '{task}' AND \"Status\" = 'Approved'"));
        await fixture.SetRulesAsync(approvalFirst: false);
    }
}
