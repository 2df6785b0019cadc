using System.Net;
using System.Net.Http.Json;
using Linkage.Kernel;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>绿色通道: an admin marks a case as a key project with a guide and a shorter internal target; supervision keeps
/// its own ledger of them and announces the mark (outbox) for approval's inbox ordering.</summary>
public sealed class KeyProjectTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    [Fact]
    public async Task A_marked_case_is_on_the_ledger_with_its_guide_and_internal_target()
    {
        var key = Accepted(new DateOnly(2025, 9, 1), 20);
        var plain = Accepted(new DateOnly(2025, 9, 1), 20);
        await fixture.DeliverAsync(key, plain);
        var admin = fixture.Host.CreateClient("admin-province");

        var marked = await (await admin.PostAsJsonAsync($"/api/supervision/cases/{key.CaseId}/key-project",
            new { guide = "王导办", internalWorkingDays = 10 })).OkAsync();

        var target = WorkingDayCalendar.China.AddWorkingDays(key.AcceptedOn, 10);
        Assert.Equal(target.ToString("yyyy-MM-dd"), marked.GetProperty("targetOn").GetString());
        var ledger = ((await fixture.Host.CreateClient("supervisor-county").OkBodyAsync($"/api/supervision/key-projects?division={County}")).Items())
            .EnumerateArray().ToList();
        var line = Assert.Single(ledger, l => l.GetProperty("caseId").GetGuid() == key.CaseId);
        Assert.DoesNotContain(ledger, l => l.GetProperty("caseId").GetGuid() == plain.CaseId);
        Assert.Equal("王导办", line.GetProperty("guide").GetString());
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.outbox_messages WHERE aggregate_id = '{key.CaseId}' AND message_type LIKE '%KeyProjectMarked%'"));

        await fixture.DeliverAsync(Completed(key, target));
        var done = Assert.Single(((await fixture.Host.CreateClient("supervisor-county").OkBodyAsync("/api/supervision/key-projects")).Items()).EnumerateArray(),
            l => l.GetProperty("caseId").GetGuid() == key.CaseId);
        Assert.True(done.GetProperty("metTarget").GetBoolean());
    }

    [Fact]
    public async Task A_key_project_open_past_its_internal_target_gets_a_yellow_card_its_completion_resolves()
    {
        var key = Accepted(new DateOnly(2025, 11, 3), 20);
        await fixture.DeliverAsync(key);
        (await fixture.Host.CreateClient("admin-province").PostAsJsonAsync($"/api/supervision/cases/{key.CaseId}/key-project",
            new { guide = "王导办", internalWorkingDays = 5 })).EnsureSuccessStatusCode();
        var target = WorkingDayCalendar.China.AddWorkingDays(key.AcceptedOn, 5);

        await fixture.SweepAsync(target);
        Assert.Empty(await fixture.OpenAlarmsAsync(key.CaseId));
        await fixture.SweepAsync(target.AddDays(1));
        var card = Assert.Single(await fixture.OpenAlarmsAsync(key.CaseId));
        Assert.Equal(("key-project-target", "yellow", target.ToString("yyyy-MM-dd")),
            (card.GetProperty("kind").GetString(), card.GetProperty("level").GetString(), card.GetProperty("dueDate").GetString()));

        await fixture.DeliverAsync(Completed(key, target.AddDays(3)));
        await fixture.SweepAsync(target.AddDays(3));

        Assert.Empty(await fixture.OpenAlarmsAsync(key.CaseId));
        var resolved = Assert.Single((await fixture.Host.CreateClient("supervisor-county")
            .OkBodyAsync($"/api/supervision/alarms?caseId={key.CaseId}&state=resolved")).Items().EnumerateArray());
        Assert.Equal(("key-project-target", "system"), (resolved.GetProperty("kind").GetString(), resolved.GetProperty("resolvedBy").GetString()));
    }

    [Fact]
    public async Task A_mark_whose_save_loses_to_a_write_of_the_case_row_reads_it_again_and_both_writes_stay()
    {
        var accepted = Accepted(new DateOnly(2025, 9, 8), 20);
        await fixture.DeliverAsync(accepted);
        // as a consumer applying a deadline extension writes the row (a week later), not yet committed
        await using var extension = await HeldWrite.StartAsync(fixture.Host,
            $"UPDATE supervision.cases SET \"DueDate\" = \"DueDate\" + 7 WHERE \"Id\" = '{accepted.CaseId}'");

        var marking = fixture.Host.CreateClient("admin-province").PostAsJsonAsync($"/api/supervision/cases/{accepted.CaseId}/key-project",
            new { guide = "王导办", internalWorkingDays = 10 });
        await extension.CommitOnceWaitedOnAsync(marking);

        var marked = await (await marking).OkAsync(); // a 500 before the save was tried again (its xmin had moved)
        Assert.Equal("王导办", marked.GetProperty("guide").GetString());
        var due = accepted.DueDate.AddDays(7).ToString("yyyy-MM-dd");
        Assert.Equal(1, await fixture.CountAsync($"""
            SELECT count(*) FROM supervision.cases WHERE "Id" = '{accepted.CaseId}' AND "KeyProjectGuide" = '王导办' AND "DueDate" = '{due}'
            """));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.outbox_messages WHERE aggregate_id = '{accepted.CaseId}' AND message_type LIKE '%KeyProjectMarked%'"));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.timeline_entries WHERE \"CaseId\" = '{accepted.CaseId}' AND \"Kind\" = 'KeyProject'"));
    }

    [Theory]
    [InlineData("", 10, "guide")]
    [InlineData("王导办", 20, "internalWorkingDays")]
    [InlineData("王导办", 0, "internalWorkingDays")]
    public async Task Bad_input_is_422_naming_the_field_and_nothing_is_written(string guide, int days, string field)
    {
        var accepted = Accepted(new DateOnly(2025, 10, 9), 20);
        await fixture.DeliverAsync(accepted);

        var response = await fixture.Host.CreateClient("admin-province").PostAsJsonAsync($"/api/supervision/cases/{accepted.CaseId}/key-project",
            new { guide, internalWorkingDays = days });

        Assert.Contains(field, (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM supervision.cases WHERE \"Id\" = '{accepted.CaseId}' AND \"KeyProjectMarkedAt\" IS NOT NULL"));
    }

    [Fact]
    public async Task Marking_twice_is_422_and_only_admins_may_mark()
    {
        var accepted = Accepted(new DateOnly(2025, 10, 20), 20);
        await fixture.DeliverAsync(accepted);
        var path = $"/api/supervision/cases/{accepted.CaseId}/key-project";
        var body = new { guide = "李代办", internalWorkingDays = 5 };

        await (await fixture.Host.CreateClient("supervisor-county").PostAsJsonAsync(path, body)).ProblemAsync(HttpStatusCode.NotFound);
        await (await fixture.Host.CreateClient("clerk").PostAsJsonAsync(path, body)).ProblemAsync(HttpStatusCode.NotFound);
        (await fixture.Host.CreateClient("admin-province").PostAsJsonAsync(path, body)).EnsureSuccessStatusCode();
        var again = await fixture.Host.CreateClient("admin-province").PostAsJsonAsync(path, body);
        Assert.Contains("caseId", (await again.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }
}
