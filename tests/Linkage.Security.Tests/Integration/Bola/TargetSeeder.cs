using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;

namespace Linkage.Security.Tests.Matrix;

/// <summary>Seeds the targets once per run through the real API, as their owners would: 陈美华's food-permit case
/// submitted by the village agent, approved by its three departments into a certificate, rated badly (a rectification),
/// supervised (an order); a second case under review gets a video session with a ticket; a proxy-ledger line, an
/// appointment and a credit flag.</summary>
public sealed class TargetSeeder(LinkageTestHost host)
{
    private static readonly JsonSerializerOptions OmitNulls = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public async Task<Targets> SeedAsync()
    {
        var targets = new Targets();
        var completed = await SubmitAsync();
        targets.Set("case", completed.GetProperty("id").GetString()!);
        targets.Set("caseNumber", completed.GetProperty("caseNumber").GetString()!);
        var caseId = completed.GetProperty("id").GetGuid();
        foreach (var reviewer in DemoReviewers.FoodPermit) await ApproveAsync(reviewer, caseId);

        using var clerk = Client("clerk");
        var certificates = await Wait.Until(async () => (await clerk.GetJsonAsync($"/api/certificates?caseId={caseId}")).Items(), c => c.GetArrayLength() > 0,
            TimeSpan.FromSeconds(30), "the certificate");
        targets.Set("certificate", certificates[0].GetProperty("identifier").GetString()!);

        using var resident = Client("resident");
        await Wait.Until(async () => (await resident.PostAsJsonAsync("/api/ratings", new { caseId, grade = 1, channel = "station", comment = "等太久" }))
            .StatusCode == HttpStatusCode.Created, TimeSpan.FromSeconds(30));
        targets.Set("rating", await IdAsync($"SELECT \"Id\"::text FROM ratings.ratings WHERE \"CaseId\" = '{caseId}'"));
        targets.Set("rectification", await IdAsync("SELECT \"Id\"::text FROM ratings.rectifications"));

        using var supervisor = Client("supervisor-county");
        var order = await (await supervisor.PostAsJsonAsync("/api/supervision/orders",
            new { caseId, targetDivision = "350926000000", instruction = "请说明办理情况" })).JsonAsync(HttpStatusCode.Created);
        targets.Set("order", order.GetProperty("id").GetString()!);
        if (await OptionalIdAsync("SELECT \"Id\"::text FROM supervision.alarms") is { } alarm) targets.Set("alarm", alarm);

        targets.Set("onlineCase", (await OnlineCaseAsync()).GetProperty("id").GetString()!);
        await SessionAsync(targets);
        await LedgerAndAppointmentAsync(targets);
        return targets;
    }

    /// <summary>The food permit for 陈美华, taken by the village agent with every material (accepted at once).</summary>
    private Task<JsonElement> SubmitAsync() =>
        SubmitAsync("agent", new[] { "application-form", "id-copy", "premises-plan", "health-certificate" }, principalConsent: true);

    /// <summary>陈美华's own online application with only the form: received, waiting for the rest (the upload target).</summary>
    private Task<JsonElement> OnlineCaseAsync() => SubmitAsync("resident", new[] { "application-form" }, principalConsent: null);

    public async Task<JsonElement> SubmitAsync(string user, string[] materials, bool? principalConsent, string matterCode = "000121010000")
    {
        using var client = Client(user);
        client.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await client.PostAsJsonAsync("/api/intake/cases", new
        {
            matterCode,
            applicant = new { kind = "person", name = "陈美华", idNumber = Targets.Resident },
            principalConsent,
            materials = materials.Select(code => new { code, form = principalConsent is null ? null : "paper" }),
        }, OmitNulls);
        return await response.JsonAsync(HttpStatusCode.Created);
    }

    public async Task ApproveAsync(string reviewer, Guid caseId)
    {
        using var client = Client(reviewer);
        var tasks = await Wait.Until(async () => (await client.GetJsonAsync($"/api/approval/tasks?status=pending&caseId={caseId}")).Items(),
            t => t.GetArrayLength() > 0, TimeSpan.FromSeconds(30), $"{reviewer}'s task");
        var task = tasks[0].GetProperty("id").GetString();
        await (await client.PostAsJsonAsync($"/api/approval/tasks/{task}/decision", new { decision = "approve" })).JsonAsync(HttpStatusCode.OK);
    }

    private async Task SessionAsync(Targets targets)
    {
        var underReview = (await SubmitAsync()).GetProperty("id").GetGuid();
        await Wait.Until(async () => await CountAsync($"SELECT count(*) FROM videoreview.case_plans WHERE \"CaseId\" = '{underReview}'") == 1,
            TimeSpan.FromSeconds(30));
        using var clerk = Client("clerk");
        var session = await (await clerk.PostAsJsonAsync("/api/video-review/sessions", new
        {
            caseId = underReview,
            purpose = "joint-review",
            scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5),
            participants = new[] { new { orgUnitId = "ou-350926-centre", departmentId = "dep-350926-scjg" } },
        })).JsonAsync(HttpStatusCode.Created);
        var id = session.GetProperty("id").GetString()!;
        targets.Set("session", id);
        using var reviewer = Client("reviewer-scjg");
        var join = await reviewer.PostAsync($"/api/video-review/sessions/{id}/join", null);
        if (join.IsSuccessStatusCode) targets.Set("ticket", await IdAsync($"SELECT \"Id\"::text FROM videoreview.session_tickets WHERE \"SessionId\" = '{id}'"));
    }

    private async Task LedgerAndAppointmentAsync(Targets targets)
    {
        using var agent = Client("agent");
        await (await agent.PostAsJsonAsync("/api/intake/proxy-ledger", new
        {
            matterCode = "000121010000", principalName = "陈美华", principalIdNumber = Targets.Resident, request = "咨询食品经营许可",
        })).JsonAsync(HttpStatusCode.Created);
        targets.Set("ledger", await IdAsync("SELECT \"Id\"::text FROM intake.proxy_ledger"));

        using var resident = Client("resident");
        var day = DateTime.UtcNow.AddDays(3);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        var appointment = await (await resident.PostAsJsonAsync("/api/intake/appointments",
            new { matterCode = "000121010000", date = day.ToString("yyyy-MM-dd"), start = "09:30" })).JsonAsync(HttpStatusCode.Created);
        targets.Set("appointment", appointment.GetProperty("id").GetString()!);

        using var supervisor = Client("supervisor-county");
        var flagged = await supervisor.PostAsJsonAsync("/api/intake/credit-flags", new { idNumber = Targets.Resident, reason = "虚假材料" });
        Assert.True(flagged.IsSuccessStatusCode, $"credit flag: {(int)flagged.StatusCode}");
    }

    /// <summary>A client that waits long enough for the first calls of a freshly started host on a busy machine.</summary>
    private HttpClient Client(string user)
    {
        var client = host.CreateClient(user);
        client.Timeout = TimeSpan.FromMinutes(2);
        return client;
    }

    public async Task<string> IdAsync(string sql) =>
        await Wait.Until(() => OptionalIdAsync(sql), TimeSpan.FromSeconds(30));

    private async Task<string?> OptionalIdAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql + " LIMIT 1", connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
