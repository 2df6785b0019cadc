using System.Net;
using System.Net.Http.Json;

namespace Linkage.Hall.Tests;

/// <summary>Two admins of a centre creating the same service area or window at once (as 0715 for supervision's rules):
/// the other admin's insert is held open while the request reads, the request's insert waits on its key, and once it
/// commits the request is a 409 problem naming the area or window; the other write is kept and nothing of the request's,
/// its audit row neither.</summary>
public sealed class ConfigureRaceTests(HallHostFixture fixture) : IClassFixture<HallHostFixture>
{
    [Fact]
    public async Task An_areas_first_write_that_loses_to_another_admins_is_409_naming_the_area()
    {
        var centre = new HallCentre(fixture);
        await LosesAsync(centre, $"""
            INSERT INTO hall.service_areas ("OrgUnitId", "Code", "Division", "Name", "MatterCodes")
            VALUES ('{centre.Id}', 'C', '{HallCentre.Division}', 'other-admin', '{"{}"}')
            """, "areas/C", new { name = "综合受理", matterCodes = Array.Empty<string>() }, "Service area C",
            "hall.service_areas", "hall.area-configured");
    }

    [Fact]
    public async Task A_windows_first_write_that_loses_to_another_admins_is_409_naming_the_window()
    {
        var centre = new HallCentre(fixture);
        using (var admin = centre.Admin)
            await (await admin.PutAsJsonAsync("/api/hall/areas/A", new { name = "综合受理", matterCodes = Array.Empty<string>() }))
                .JsonAsync(HttpStatusCode.NoContent);
        await LosesAsync(centre, $"""
            INSERT INTO hall.windows ("OrgUnitId", "Code", "Division", "Name", "AreaCodes")
            VALUES ('{centre.Id}', 'C', '{HallCentre.Division}', 'other-admin', '{"{A}"}')
            """, "windows/C", new { name = "1号窗口", areaCodes = new[] { "A" } }, "Window C", "hall.windows", "hall.window-configured");
    }

    private async Task LosesAsync(HallCentre centre, string otherWrite, string path, object request, string named, string table, string action)
    {
        using var admin = centre.Admin;
        await using var other = await HeldWrite.StartAsync(fixture.Host, otherWrite);
        var sending = admin.PutAsJsonAsync($"/api/hall/{path}", request);
        await other.CommitOnceWaitedOnAsync(sending);

        Assert.Contains(named, (await (await sending).ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal("other-admin", await fixture.ScalarAsync<string>($"SELECT \"Name\" FROM {table} WHERE \"OrgUnitId\" = '{centre.Id}' AND \"Code\" = 'C'"));
        Assert.Equal(0L, await fixture.ScalarAsync<long>($"SELECT count(*) FROM audit.audit_log WHERE action = '{action}' AND target_id = '{centre.Id}/C'"));
    }
}
