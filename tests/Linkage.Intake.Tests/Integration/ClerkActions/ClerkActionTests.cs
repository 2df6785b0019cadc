using System.Net;
using Linkage.Kernel;

namespace Linkage.Intake.Tests;

/// <summary>An online application waits for the clerk's check: accept, issue a missing-materials notice, or refuse.</summary>
public sealed class ClerkActionTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private async Task<string> SubmitOnlineAsync(IEnumerable<string>? materials = null)
    {
        using var resident = fixture.Host.CreateClient("resident");
        var (status, body) = await resident.CallAsync("/api/intake/cases", Applications.FoodPermitFor(materials: materials));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("received", body.Str("status"));
        Assert.Equal("online", body.Str("channel"));
        return body.Str("id");
    }

    [Fact]
    public async Task The_clerk_accepts_a_complete_online_case_with_a_working_day_due_date()
    {
        var id = await SubmitOnlineAsync();
        using var clerk = fixture.Host.CreateClient("clerk");

        var (status, body) = await clerk.CallAsync($"/api/intake/cases/{id}/acceptance", null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("accepted", body.Str("status"));
        var slip = body.GetProperty("slip");
        Assert.Equal("acceptance-slip", slip.Str("kind"));
        Assert.Equal(10, WorkingDayCalendar.China.WorkingDaysBetween(
            DateOnly.Parse(slip.Str("acceptedOn")), DateOnly.Parse(slip.Str("dueDate"))));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM intake.outbox_messages WHERE aggregate_id = '{id}' AND message_type LIKE '%CaseAccepted%'"));
        var (again, _) = await clerk.CallAsync($"/api/intake/cases/{id}/acceptance", null);
        Assert.Equal(HttpStatusCode.Conflict, again);
    }

    [Fact]
    public async Task The_clerk_cannot_accept_with_materials_missing_and_lists_them_all_in_one_notice()
    {
        var id = await SubmitOnlineAsync(["application-form"]);
        using var clerk = fixture.Host.CreateClient("clerk");

        var (refused, problem) = await clerk.CallAsync($"/api/intake/cases/{id}/acceptance", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        Assert.Contains("materials", problem.Errors());

        var (status, body) = await clerk.CallAsync($"/api/intake/cases/{id}/material-requests", new { materials = new[] { "application-form" } });
        Assert.Equal(HttpStatusCode.OK, status);
        var slip = body.GetProperty("slip");
        Assert.Equal("missing-materials-notice", slip.Str("kind"));
        Assert.Equal(["application-form", "health-certificate", "id-copy", "premises-plan"],
            slip.GetProperty("outstandingMaterials").EnumerateArray().Select(m => m.GetString()!).Order().ToArray());
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM intake.outbox_messages WHERE aggregate_id = '{id}' AND message_type LIKE '%MaterialsRequested%'"));
    }

    [Fact]
    public async Task A_material_request_naming_something_not_in_the_list_is_422_and_changes_nothing()
    {
        var id = await SubmitOnlineAsync();
        using var clerk = fixture.Host.CreateClient("clerk");

        var (status, problem) = await clerk.CallAsync($"/api/intake/cases/{id}/material-requests", new { materials = new[] { "marriage-certificate" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("materials[0]", problem.Errors());
        Assert.Equal("received", (await clerk.CaseAsync(id)).Str("status"));
    }

    [Fact]
    public async Task A_refusal_states_the_reason_and_the_appeal_rights()
    {
        var id = await SubmitOnlineAsync();
        using var clerk = fixture.Host.CreateClient("clerk");

        var (invalid, problem) = await clerk.CallAsync($"/api/intake/cases/{id}/refusal", new { reason = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid);
        Assert.Contains("reason", problem.Errors());

        var (status, body) = await clerk.CallAsync($"/api/intake/cases/{id}/refusal", new { reason = "经营场所位于禁止经营区域，不属于本机关受理范围。" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("refused", body.Str("status"));
        var slip = body.GetProperty("slip");
        Assert.Equal("refusal-notice", slip.Str("kind"));
        Assert.Contains("禁止经营区域", slip.Str("reason"));
        Assert.Contains("行政复议", slip.Str("appealRights"));
        using var resident = fixture.Host.CreateClient("resident");
        Assert.Equal("refusal-notice", (await resident.CaseAsync(id)).GetProperty("slip").Str("kind"));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM intake.outbox_messages WHERE aggregate_id = '{id}' AND message_type LIKE '%CaseRefused%'"));
    }

    [Fact]
    public async Task A_clerk_outside_the_centres_subtree_gets_404_for_every_action()
    {
        var id = await SubmitOnlineAsync();
        using var other = fixture.Host.CreateClient("other-county-clerk");

        Assert.Equal(HttpStatusCode.NotFound, (await other.CallAsync($"/api/intake/cases/{id}/acceptance", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.CallAsync($"/api/intake/cases/{id}/refusal", new { reason = "x" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.CallAsync($"/api/intake/cases/{id}/material-requests", new { })).Status);
        using var clerk = fixture.Host.CreateClient("clerk");
        Assert.Equal("received", (await clerk.CaseAsync(id)).Str("status"));
    }

    [Fact]
    public async Task An_instant_matter_completes_at_the_town_window()
    {
        using var town = fixture.Host.CreateClient("town-clerk");
        var (status, body) = await town.CallAsync("/api/intake/cases", new
        {
            matterCode = "000113012000",
            applicant = new { kind = "person", name = "陈美华", idNumber = Applications.ResidentId },
            materials = new[] { new { code = "id-copy" }, new { code = "photo" } },
        });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("completed", body.Str("status"));
        Assert.Equal("instant", body.Str("outcome"));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM intake.outbox_messages WHERE aggregate_id = '{body.Str("id")}' AND message_type LIKE '%CaseCompleted%'"));
    }
}
