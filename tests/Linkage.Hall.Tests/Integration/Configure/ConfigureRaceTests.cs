using System.Net;
using System.Net.Http.Json;

namespace Linkage.Hall.Tests;

/// <summary>Two admins of a centre writing the same service area or window at once (as 0715 for supervision's rules):
/// the other admin's write is held open while the request reads, the request's save waits on it (a first write on its
/// key, a change on the row and its xmin), and once it commits the request is a 409 problem naming the area or window;
/// the other write is kept and nothing of the request's, its audit row neither.</summary>
public sealed class ConfigureRaceTests(HallHostFixture fixture) : IClassFixture<HallHostFixture>
{
    private static readonly object Area = new { name = "综合受理", matterCodes = Array.Empty<string>() };

    private static readonly object Window = new { name = "1号窗口", areaCodes = new[] { "A" } };

    [Fact]
    public async Task An_areas_first_write_that_loses_to_another_admins_is_409_naming_the_area()
    {
        var centre = new HallCentre(fixture);
        await LosesAsync(centre, $"""
            INSERT INTO hall.service_areas ("OrgUnitId", "Code", "Division", "Name", "MatterCodes")
            VALUES ('{centre.Id}', 'C', '{HallCentre.Division}', 'other-admin', '{"{}"}')
            """, "areas/C", Area, "Service area C", "hall.service_areas", "hall.area-configured");
    }

    [Fact]
    public async Task An_areas_change_that_loses_to_another_admins_is_409_naming_the_area()
    {
        var centre = new HallCentre(fixture);
        await PutAsync(centre, "areas/C", Area);
        await LosesAsync(centre, $"UPDATE hall.service_areas SET \"Name\" = 'other-admin' WHERE \"OrgUnitId\" = '{centre.Id}' AND \"Code\" = 'C'",
            "areas/C", new { name = "不动产与社保", matterCodes = Array.Empty<string>() }, "Service area C", "hall.service_areas", "hall.area-configured",
            audited: 1);
    }

    [Fact]
    public async Task A_windows_first_write_that_loses_to_another_admins_is_409_naming_the_window()
    {
        var centre = new HallCentre(fixture);
        await PutAsync(centre, "areas/A", Area);
        await LosesAsync(centre, $"""
            INSERT INTO hall.windows ("OrgUnitId", "Code", "Division", "Name", "AreaCodes")
            VALUES ('{centre.Id}', 'C', '{HallCentre.Division}', 'other-admin', '{"{A}"}')
            """, "windows/C", Window, "Window C", "hall.windows", "hall.window-configured");
    }

    [Fact]
    public async Task A_windows_change_that_loses_to_another_admins_is_409_naming_the_window()
    {
        var centre = new HallCentre(fixture);
        await PutAsync(centre, "areas/A", Area);
        await PutAsync(centre, "windows/C", Window);
        await LosesAsync(centre, $"UPDATE hall.windows SET \"Name\" = 'other-admin' WHERE \"OrgUnitId\" = '{centre.Id}' AND \"Code\" = 'C'",
            "windows/C", new { name = "2号窗口", areaCodes = new[] { "A" } }, "Window C", "hall.windows", "hall.window-configured", audited: 1);
    }

    private static async Task PutAsync(HallCentre centre, string path, object request)
    {
        using var admin = centre.Admin;
        await (await admin.PutAsJsonAsync($"/api/hall/{path}", request)).JsonAsync(HttpStatusCode.NoContent);
    }

    /// <summary>The request loses to <paramref name="otherWrite"/>: 409 naming <paramref name="named"/>, the other's name
    /// kept, and the audit rows of C still <paramref name="audited"/> (those of the writes before).</summary>
    private async Task LosesAsync(HallCentre centre, string otherWrite, string path, object request, string named, string table, string action,
        long audited = 0)
    {
        using var admin = centre.Admin;
        await using var other = await HeldWrite.StartAsync(fixture.Host, otherWrite);
        var sending = admin.PutAsJsonAsync($"/api/hall/{path}", request);
        await other.CommitOnceWaitedOnAsync(sending);

        Assert.Contains(named, (await (await sending).ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal("other-admin", await fixture.ScalarAsync<string>($"SELECT \"Name\" FROM {table} WHERE \"OrgUnitId\" = '{centre.Id}' AND \"Code\" = 'C'"));
        Assert.Equal(audited, await fixture.ScalarAsync<long>($"SELECT count(*) FROM audit.audit_log WHERE action = '{action}' AND target_id = '{centre.Id}/C'"));
    }
}
