using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.ServiceDefaults.Auth;

namespace Linkage.Office.Tests;

/// <summary>首问负责 and AB角: the first staff member asked owns an enquiry until the right window's staff accept it;
/// when a post's A is off, its B's inbox gets the A's work and supervision sees who covered.</summary>
[Collection(OfficeCollection.Name)]
public sealed class EnquiryTests(OfficeHostFixture fixture)
{
    private static readonly DemoUser Desk = OfficeHostFixture.Staff("desk-" + Guid.NewGuid().ToString("N")[..8], "咨询台 李娜");

    private async Task<string> PostAsync(string code, DemoUser a, DemoUser b)
    {
        using var admin = fixture.Host.CreateClient("hall-admin");
        await (await admin.PutAsJsonAsync($"/api/office/posts/{code}", new { name = $"{code}号窗口", a = a.UserName, aName = a.Name, b = b.UserName, bName = b.Name }))
            .JsonAsync(HttpStatusCode.OK);
        return code;
    }

    private async Task<string> HandedOverAsync(string window)
    {
        using var desk = fixture.Client(Desk);
        var recorded = await (await desk.PostAsJsonAsync("/api/office/enquiries", new { topic = "开办小餐馆需要哪些许可？", matterCode = "000121010000" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("recorded", recorded.Str("status"));
        Assert.Equal(Desk.UserName, recorded.Str("owner"));
        var id = recorded.Str("id");
        var handed = await (await desk.PostAsJsonAsync($"/api/office/enquiries/{id}/handover", new { windowCode = window, note = "食品经营许可" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("handed-over", handed.Str("status"));
        Assert.Equal(Desk.UserName, handed.Str("owner")); // still the first staff member's until accepted
        return id;
    }

    [Fact]
    public async Task The_first_staff_member_owns_the_enquiry_until_the_window_accepts_it_and_the_trail_says_who_and_when()
    {
        var (a, b) = (OfficeHostFixture.Staff("a-" + Guid.NewGuid().ToString("N")[..8], "张三"), OfficeHostFixture.Staff("b-" + Guid.NewGuid().ToString("N")[..8], "李四"));
        var window = await PostAsync("E1" + Random.Shared.Next(100, 999), a, b);
        var id = await HandedOverAsync(window);

        using var bClient = fixture.Client(b);
        await (await bClient.PostAsJsonAsync($"/api/office/enquiries/{id}/acceptance", new { })).ProblemAsync(HttpStatusCode.Conflict); // A is in today
        using var aClient = fixture.Client(a);
        Assert.Contains((await aClient.GetJsonAsync("/api/office/inbox")).GetProperty("items").EnumerateArray(), i => i.GetProperty("enquiry").Str("id") == id);
        var accepted = await (await aClient.PostAsJsonAsync($"/api/office/enquiries/{id}/acceptance", new { })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(a.UserName, accepted.Str("owner"));
        var closed = await (await aClient.PostAsJsonAsync($"/api/office/enquiries/{id}/closure", new { note = "已一次性告知所需材料" })).JsonAsync(HttpStatusCode.OK);

        var trail = closed.GetProperty("trail").EnumerateArray().ToList();
        Assert.Equal(["recorded", "handed-over", "accepted", "closed"], trail.Select(s => s.Str("status")));
        Assert.Equal([Desk.UserName, Desk.UserName, a.UserName, a.UserName], trail.Select(s => s.Str("by")));
        Assert.All(trail, s => Assert.True(s.GetProperty("at").GetDateTimeOffset() > DateTimeOffset.UnixEpoch));
        using var supervisor = fixture.Host.CreateClient("supervisor-county");
        Assert.Equal("closed", (await supervisor.GetJsonAsync($"/api/office/enquiries/{id}")).Str("status"));
        using var stranger = fixture.Host.CreateClient("other-county-clerk");
        await (await stranger.GetAsync($"/api/office/enquiries/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task When_A_is_off_B_gets_the_posts_work_for_the_day_and_supervision_sees_who_covered()
    {
        var (a, b) = (OfficeHostFixture.Staff("a-" + Guid.NewGuid().ToString("N")[..8], "王五"), OfficeHostFixture.Staff("b-" + Guid.NewGuid().ToString("N")[..8], "赵六"));
        var window = await PostAsync("E2" + Random.Shared.Next(100, 999), a, b);
        var today = Linkage.Kernel.ChinaTime.ToLocalDate(DateTimeOffset.UtcNow);
        using var admin = fixture.Host.CreateClient("hall-admin");
        await (await admin.PostAsJsonAsync("/api/office/days-off", new { subject = a.UserName, date = today, reason = "年休假" })).JsonAsync(HttpStatusCode.Created);
        var id = await HandedOverAsync(window);

        using var aClient = fixture.Client(a);
        Assert.DoesNotContain((await aClient.GetJsonAsync("/api/office/inbox")).GetProperty("items").EnumerateArray(), i => i.GetProperty("enquiry").Str("id") == id);
        await (await aClient.PostAsJsonAsync($"/api/office/enquiries/{id}/acceptance", new { })).ProblemAsync(HttpStatusCode.Conflict);
        using var bClient = fixture.Client(b);
        var inbox = (await bClient.GetJsonAsync("/api/office/inbox")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("enquiry").Str("id") == id);
        Assert.Equal(a.UserName, inbox.Str("coveringFor"));
        var accepted = await (await bClient.PostAsJsonAsync($"/api/office/enquiries/{id}/acceptance", new { })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(a.UserName, accepted.GetProperty("trail").EnumerateArray().Last().Str("coveringFor"));

        using var supervisor = fixture.Host.CreateClient("supervisor-county");
        var cover = (await supervisor.GetJsonAsync($"/api/office/cover?date={today:yyyy-MM-dd}")).EnumerateArray().Single(c => c.Str("postCode") == window);
        Assert.Equal((a.UserName, b.UserName), (cover.Str("a"), cover.Str("b")));
        Assert.Equal([id], cover.GetProperty("items").EnumerateArray().Select(i => i.Str("enquiryId")));
        using var stranger = fixture.Client(new DemoUser("supervisor-other", "福安市电子监察室", [Roles.Supervisor], "350981000000"));
        Assert.Empty((await stranger.GetJsonAsync($"/api/office/cover?date={today:yyyy-MM-dd}")).EnumerateArray());
    }

    [Fact]
    public async Task Bad_posts_days_off_and_handovers_are_refused_by_field_and_nothing_is_written()
    {
        var a = OfficeHostFixture.Staff("a-" + Guid.NewGuid().ToString("N")[..8], "钱七");
        using var admin = fixture.Host.CreateClient("hall-admin");
        var same = await (await admin.PutAsJsonAsync("/api/office/posts/E3", new { name = "3号窗口", a = a.UserName, aName = a.Name, b = a.UserName, bName = a.Name }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["b"], same.ErrorFields());
        var past = await (await admin.PostAsJsonAsync("/api/office/days-off", new { subject = a.UserName, date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30), reason = "补登" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["date"], past.ErrorFields());

        using var otherAdmin = fixture.Client(new DemoUser("admin-fuan", "福安市中心管理办", [Roles.CentreAdmin], "350981000000", "ou-350981-centre"));
        await (await otherAdmin.PutAsJsonAsync("/api/office/posts/F9", new { name = "福安9号窗口", a = "fa-a", aName = "甲", b = "fa-b", bName = "乙" }))
            .JsonAsync(HttpStatusCode.OK);
        using var desk = fixture.Client(Desk);
        var id = (await (await desk.PostAsJsonAsync("/api/office/enquiries", new { topic = "社保转移" })).JsonAsync(HttpStatusCode.Created)).Str("id");
        var elsewhere = await (await desk.PostAsJsonAsync($"/api/office/enquiries/{id}/handover", new { windowCode = "F9" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["windowCode"], elsewhere.ErrorFields());

        Assert.Equal(0L, await fixture.CountAsync("SELECT count(*) FROM office.window_posts WHERE \"Code\" = 'E3'"));
        Assert.Equal(0L, await fixture.CountAsync($"SELECT count(*) FROM office.days_off WHERE \"Subject\" = '{a.UserName}'"));
        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM office.enquiry_steps WHERE \"EnquiryId\" = '{id}'"));
    }
}
