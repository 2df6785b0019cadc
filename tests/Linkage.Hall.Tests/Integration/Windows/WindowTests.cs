using System.Net;
using System.Text.Json;
using Linkage.ServiceDefaults.Auth;

namespace Linkage.Hall.Tests;

/// <summary>叫号 at a window: only the areas it is authorised for; recall, transfer, skip; the public screen and the
/// window times supervision reads.</summary>
public sealed class WindowTests(HallHostFixture fixture) : IClassFixture<HallHostFixture>
{
    [Fact]
    public async Task A_window_calls_only_tickets_of_the_areas_it_is_authorised_for()
    {
        var centre = await HallCentre.SetUpAsync(fixture);
        var b = await centre.WalkInAsync("B");

        var none = await centre.WindowAsync("01", "call-next", expected: HttpStatusCode.NoContent);
        Assert.Equal(JsonValueKind.Undefined, none.ValueKind);
        Assert.Equal("Waiting", await StatusAsync(b));

        var called = await centre.WindowAsync("02", "call-next");
        Assert.Equal(b.Str("number"), called.Str("number"));
        Assert.Equal("02", called.Str("windowCode"));
        Assert.Equal("Called", await StatusAsync(b));
    }

    [Fact]
    public async Task A_recalled_ticket_shows_again_and_a_transferred_one_queues_in_its_new_area()
    {
        var centre = await HallCentre.SetUpAsync(fixture);
        var ticket = await centre.WalkInAsync("A");
        await centre.WindowAsync("01", "call-next");
        var recalled = await centre.WindowAsync("01", "recall");
        Assert.Equal(1, recalled.GetProperty("recalls").GetInt32());

        using var anonymous = fixture.Host.CreateClient();
        var screen = await anonymous.GetJsonAsync($"/api/hall/centres/{centre.Id}/display");
        var shown = Assert.Single(screen.GetProperty("called").EnumerateArray());
        Assert.Equal((ticket.Str("number"), "01", 1), (shown.Str("number"), shown.Str("windowCode"), shown.GetProperty("recalls").GetInt32()));

        var moved = await centre.WindowAsync("01", "transfer", new { areaCode = "B" });
        Assert.Equal(("B", "waiting"), (moved.Str("areaCode"), moved.Str("status")));
        await centre.WindowAsync("01", "call-next", expected: HttpStatusCode.NoContent);
        var atThree = await centre.WindowAsync("03", "call-next");
        Assert.Equal(ticket.Str("id"), atThree.Str("id"));
        var trail = await fixture.ScalarAsync<string>(
            $"SELECT string_agg(action, ',' ORDER BY at, id) FROM audit.audit_log WHERE chain LIKE 'hall.%' AND target_id = '{ticket.Str("id")}'");
        // the audit trail (decision 0530), in the hall's chain lanes (0580; a held lane's entry goes to a spare, 0768)
        Assert.Equal("ticket.called,ticket.recalled,ticket.transferred,ticket.called", trail);
    }

    [Fact]
    public async Task Skipped_and_served_tickets_give_the_window_times_supervision_reads()
    {
        var centre = await HallCentre.SetUpAsync(fixture);
        await centre.WalkInAsync("A");
        await centre.WalkInAsync("A");
        await centre.WindowAsync("01", "call-next");
        Assert.Equal("skipped", (await centre.WindowAsync("01", "skip")).Str("status"));
        await centre.WindowAsync("01", "call-next");
        Assert.Equal("served", (await centre.WindowAsync("01", "finish")).Str("status"));
        await centre.WindowAsync("01", "skip", expected: HttpStatusCode.Conflict);

        using var supervisor = fixture.Client(new DemoUser("supervisor-county", "县电子监察室", [Roles.Supervisor], "350926000000"));
        var stats = await supervisor.GetJsonAsync("/api/hall/stats/windows");
        var window = Assert.Single(stats.EnumerateArray(), s => s.Str("centreId") == centre.Id);
        Assert.Equal(("01", 1, 1), (window.Str("windowCode"), window.GetProperty("served").GetInt32(), window.GetProperty("skipped").GetInt32()));
        Assert.True(window.GetProperty("averageWaitSeconds").GetDouble() >= 0);

        using var elsewhere = fixture.Client(new DemoUser("supervisor-other", "福安", [Roles.Supervisor], "350981000000"));
        var other = await elsewhere.GetJsonAsync("/api/hall/stats/windows");
        Assert.DoesNotContain(other.EnumerateArray(), s => s.Str("centreId") == centre.Id);
    }

    private Task<string> StatusAsync(JsonElement ticket) =>
        fixture.ScalarAsync<string>($"SELECT \"Status\" FROM hall.tickets WHERE \"Id\" = '{ticket.Str("id")}'");
}
