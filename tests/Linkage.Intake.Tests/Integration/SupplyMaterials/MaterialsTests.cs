using System.Net;
using Linkage.Contracts.Events.Approval;
using Linkage.Kernel;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Tests;

/// <summary>Uploaded materials: typed by content, size-limited, hashed, stored in PostgreSQL; supplying restarts the clock.</summary>
public sealed class MaterialsTests(MaterialsHostFixture fixture) : IClassFixture<MaterialsHostFixture>
{
    private async Task<string> AwaitingMaterialsCaseAsync()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var (status, body) = await agent.CallAsync("/api/intake/cases", Applications.FoodPermitFor(materials: ["application-form"]));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("awaiting-materials", body.Str("status"));
        return body.Str("id");
    }

    [Fact]
    public async Task Supplying_everything_the_notice_listed_accepts_the_case_from_today()
    {
        var id = await AwaitingMaterialsCaseAsync();
        using var agent = fixture.Host.CreateClient("agent");

        var (partial, afterOne) = await agent.UploadAsync($"/api/intake/cases/{id}/materials",
            Files.Form(("id-copy", "身份证.png", "image/png", Files.Png)));
        Assert.Equal(HttpStatusCode.OK, partial);
        Assert.Equal(["health-certificate", "premises-plan"],
            afterOne.GetProperty("slip").GetProperty("outstandingMaterials").EnumerateArray().Select(m => m.GetString()!).Order().ToArray());

        var (status, body) = await agent.UploadAsync($"/api/intake/cases/{id}/materials", Files.Form(
            ("premises-plan", "plan.bin", "application/octet-stream", Files.Pdf),
            ("health-certificate", "health.jpg", "image/jpeg", Files.Jpeg)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("accepted", body.Str("status"));
        Assert.True(DateTimeOffset.Parse(body.Str("acceptedAt")) > DateTimeOffset.Parse(body.Str("receivedAt")));
        var slip = body.GetProperty("slip");
        Assert.Equal(10, WorkingDayCalendar.China.WorkingDaysBetween(DateOnly.Parse(slip.Str("acceptedOn")), DateOnly.Parse(slip.Str("dueDate"))));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM intake.material_files WHERE case_id = '{id}' AND material_code = 'premises-plan' AND content_type = 'application/pdf' AND sha256 = '{Files.Sha256(Files.Pdf)}'"));
        Assert.Equal(3, await fixture.CountAsync(
            $"SELECT count(*) FROM intake.material_files f JOIN intake.material_blobs b ON b.file_id = f.id WHERE f.case_id = '{id}' AND encode(sha256(b.content), 'hex') = f.sha256"));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM intake.outbox_messages WHERE aggregate_id = '{id}' AND message_type LIKE '%case-forwarded%'"));
    }

    public static TheoryData<string, string, string, string, byte[]> BadFiles() => new()
    {
        { "text named as a PDF", "id-copy", "scan.pdf", "application/pdf", Files.Text },
        { "a PNG labelled as a PDF", "id-copy", "scan.pdf", "application/pdf", Files.Png },
        { "an oversized PDF", "id-copy", "big.pdf", "application/pdf", [.. Files.Pdf, .. new byte[MaterialsHostFixture.MaxBytes]] },
        { "a material not in the list", "marriage-certificate", "m.pdf", "application/pdf", Files.Pdf },
        { "a material not missing", "application-form", "form.pdf", "application/pdf", Files.Pdf },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_422_naming_the_part_and_nothing_is_stored(string what, string code, string name, string type, byte[] content)
    {
        var id = await AwaitingMaterialsCaseAsync();
        using var agent = fixture.Host.CreateClient("agent");

        var (status, problem) = await agent.UploadAsync($"/api/intake/cases/{id}/materials",
            Files.Form(("premises-plan", "plan.pdf", "application/pdf", Files.Pdf), (code, name, type, content)));

        Assert.True(HttpStatusCode.UnprocessableEntity == status, what);
        Assert.Equal([code], problem.Errors());
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM intake.material_files WHERE case_id = '{id}'"));
        Assert.Equal(3, (await agent.CaseAsync(id)).GetProperty("slip").GetProperty("outstandingMaterials").GetArrayLength());
    }

    [Fact]
    public async Task Supplying_to_someone_elses_case_is_404()
    {
        var id = await AwaitingMaterialsCaseAsync();
        foreach (var stranger in new[] { "other-resident", "other-county-clerk" })
        {
            using var client = fixture.Host.CreateClient(stranger);
            var (status, _) = await client.UploadAsync($"/api/intake/cases/{id}/materials", Files.Form(("id-copy", "id.png", "image/png", Files.Png)));
            Assert.Equal(HttpStatusCode.NotFound, status);
        }
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM intake.material_files WHERE case_id = '{id}'"));
    }

    [Fact]
    public async Task Only_the_applicant_the_proxy_agent_and_the_handling_centres_clerks_may_supply()
    {
        var id = await AwaitingMaterialsCaseAsync();
        using var agent = fixture.Host.CreateClient("agent");
        Assert.Equal("ou-350926-centre", (await agent.CaseAsync(id)).GetProperty("handledBy").Str("orgUnitId"));

        foreach (var reader in new[] { "supervisor-county", "reviewer-scjg", "chief", "town-clerk" })
        {
            using var client = fixture.Host.CreateClient(reader);
            var (status, _) = await client.UploadAsync($"/api/intake/cases/{id}/materials", Files.Form(("id-copy", "id.png", "image/png", Files.Png)));
            Assert.True(HttpStatusCode.NotFound == status, reader);
        }
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM intake.material_files WHERE case_id = '{id}'"));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM intake.cases WHERE \"Id\" = '{id}' AND \"Status\" = 'AwaitingMaterials' AND \"AcceptedAt\" IS NULL"));

        using var clerk = fixture.Host.CreateClient("clerk");
        var (supplied, body) = await clerk.UploadAsync($"/api/intake/cases/{id}/materials", Files.Form(("id-copy", "id.png", "image/png", Files.Png)));
        Assert.Equal(HttpStatusCode.OK, supplied);
        Assert.Equal(2, body.GetProperty("slip").GetProperty("outstandingMaterials").GetArrayLength());
    }

    [Fact]
    public async Task A_departments_supplement_request_stops_the_case_until_the_applicant_supplies()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        var (_, created) = await clerk.CallAsync("/api/intake/cases", Applications.FoodPermitFor());
        var id = created.Str("id");
        Assert.Equal("accepted", created.Str("status"));

        await fixture.Host.Services.GetRequiredService<IBus>().Publish(new SupplementRequested(Guid.Parse(id), created.Str("caseNumber"),
            "dep-350926-scjg", [new RequestedMaterial("premises-plan", "经营场所平面图")], "平面图未标注操作区域", DateTimeOffset.UtcNow));

        using var resident = fixture.Host.CreateClient("resident");
        var notice = await fixture.Host.Eventually(async () =>
        {
            var c = await resident.CaseAsync(id);
            return c.Str("status") == "awaiting-supplement" ? (object?)c.GetProperty("slip").Clone() : null;
        }, TimeSpan.FromSeconds(15));
        var slip = (System.Text.Json.JsonElement)notice;
        Assert.Equal("supplement-notice", slip.Str("kind"));
        Assert.Equal("平面图未标注操作区域", slip.Str("reason"));

        var (status, body) = await resident.UploadAsync($"/api/intake/cases/{id}/materials", Files.Form(("premises-plan", "plan.pdf", "application/pdf", Files.Pdf)));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("accepted", body.Str("status"));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM intake.outbox_messages WHERE aggregate_id = '{id}' AND message_type LIKE '%MaterialsSupplied%'"));
    }

    [Fact]
    public async Task The_due_date_follows_approvals_extension_and_clock_resumption_and_never_moves_back()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        var (_, created) = await clerk.CallAsync("/api/intake/cases", Applications.FoodPermitFor());
        var id = created.Str("id");
        var due = DateOnly.Parse(created.GetProperty("dueDate").GetString()!);
        var extended = WorkingDayCalendar.China.AddWorkingDays(due, 3);
        var resumed = WorkingDayCalendar.China.AddWorkingDays(extended, 2);
        var bus = fixture.Host.Services.GetRequiredService<IBus>();

        await bus.Publish(new DeadlineExtended(Guid.Parse(id), Guid.NewGuid(), "dep-350926-scjg", 3, "现场核查", extended, extended, DateTimeOffset.UtcNow));
        await DueDateBecomesAsync(clerk, id, extended);
        await bus.Publish(new ClockResumed(Guid.Parse(id), created.Str("caseNumber"), "supplement", 2, resumed, DateOnly.FromDateTime(DateTime.Today), DateTimeOffset.UtcNow));
        await DueDateBecomesAsync(clerk, id, resumed);
        await bus.Publish(new DeadlineExtended(Guid.Parse(id), Guid.NewGuid(), "dep-350926-wsjk", 1, "迟到的旧消息", due, due, DateTimeOffset.UtcNow));
        await bus.Publish(new ClockResumed(Guid.Parse(id), created.Str("caseNumber"), "hearing", 0, resumed.AddDays(7), DateOnly.FromDateTime(DateTime.Today), DateTimeOffset.UtcNow));
        await DueDateBecomesAsync(clerk, id, resumed.AddDays(7)); // the older, earlier date was not taken

        Assert.Equal(resumed.AddDays(7), DateOnly.Parse((await clerk.CaseAsync(id)).GetProperty("dueDate").GetString()!));
    }

    private Task DueDateBecomesAsync(HttpClient client, string id, DateOnly expected) => fixture.Host.Eventually(async () =>
        DateOnly.Parse((await client.CaseAsync(id)).GetProperty("dueDate").GetString()!) == expected ? (object?)true : null,
        TimeSpan.FromSeconds(15));
}
