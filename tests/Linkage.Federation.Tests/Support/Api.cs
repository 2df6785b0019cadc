using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Testing;
using Npgsql;

namespace Linkage.Federation.Tests;

/// <summary>What the tests do through each deployment's own API and read from its own database.</summary>
public static class Api
{
    public const string FoodPermit = "000121010000";

    /// <summary>The village agent of 溪坪村 takes a food-business permit (a county matter) at the station, for 陈美华 or
    /// the given applicant (an organisation).</summary>
    public static async Task<Guid> SubmitAtStationAsync(LinkageTestHost town, object? applicant = null)
    {
        using var agent = town.CreateClient("agent");
        var response = await agent.PostAsJsonAsync("/api/intake/cases", new
        {
            matterCode = FoodPermit,
            applicant = applicant ?? new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
            principalConsent = true,
            materials = new[] { "application-form", "id-copy", "premises-plan", "health-certificate" }.Select(code => new { code }),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> CaseAsync(LinkageTestHost host, string user, Guid id)
    {
        using var client = host.CreateClient(user);
        return await client.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{id}");
    }

    /// <summary>The county's three departments approve the case in parallel (并联审批).</summary>
    public static Task ApproveAtCountyAsync(LinkageTestHost county, Guid caseId) =>
        Task.WhenAll(DemoReviewers.FoodPermit.Select(reviewer => ActAtCountyAsync(county, reviewer, caseId, new { decision = "approve" })));

    /// <summary>One county reviewer acts on their task of the case (approve, request-supplement, extend…).</summary>
    public static async Task ActAtCountyAsync(LinkageTestHost county, string reviewer, Guid caseId, object decision)
    {
        using var client = county.CreateClient(reviewer);
        var taskId = await county.Eventually(async () =>
        {
            var tasks = (await client.GetFromJsonAsync<JsonElement>("/api/approval/tasks?status=pending")).Items();
            return tasks.EnumerateArray().Where(t => t.GetProperty("caseId").GetGuid() == caseId)
                .Select(t => t.GetProperty("id").GetString()).FirstOrDefault();
        }, TimeSpan.FromSeconds(60));
        var acted = await client.PostAsJsonAsync($"/api/approval/tasks/{taskId}/decision", decision);
        Assert.Equal(HttpStatusCode.OK, acted.StatusCode);
    }

    /// <summary>A food permit taken at the village station and approved at the county, and the resident's invitation to
    /// rate it, issued at the town once the completion came down (decision 0628).</summary>
    public static async Task<(Guid CaseId, string Token)> InvitedAtTownAsync(
        LinkageTestHost town, LinkageTestHost county, HttpClient resident, TimeSpan crossing)
    {
        var caseId = await SubmitAtStationAsync(town);
        await county.Eventually(async () => await StatusAsync(county, caseId), crossing);
        await ApproveAtCountyAsync(county, caseId);
        var token = await town.Eventually(async () =>
            (await resident.GetFromJsonAsync<JsonElement>("/api/ratings/invitations")).Items().EnumerateArray()
                .Where(i => i.GetProperty("caseId").GetGuid() == caseId).Select(i => i.GetProperty("token").GetString()).FirstOrDefault(),
            crossing);
        return (caseId, token);
    }

    /// <summary>The village agent hands in a material the county asked for, at the station (a small PDF).</summary>
    public static async Task SupplyAtStationAsync(LinkageTestHost town, Guid caseId, string code)
    {
        using var agent = town.CreateClient("agent");
        var file = new ByteArrayContent("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new("application/pdf");
        using var form = new MultipartFormDataContent { { file, code, $"{code}.pdf" } };
        var response = await agent.PostAsync($"/api/intake/cases/{caseId}/materials", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task<DateOnly?> DueDateAsync(LinkageTestHost host, Guid caseId) =>
        await ScalarAsync(host, """SELECT "DueDate" FROM intake.cases WHERE "Id" = @id""", caseId) switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            _ => null,
        };

    /// <summary>The licence identifier on a case view (absent until one is issued).</summary>
    public static string? CertificateOf(JsonElement view) =>
        view.TryGetProperty("certificateIdentifier", out var identifier) ? identifier.GetString() : null;

    public static async Task<string?> StatusAsync(LinkageTestHost host, Guid caseId) =>
        await ScalarAsync(host, """SELECT "Status" FROM intake.cases WHERE "Id" = @id""", caseId) as string;

    public static async Task<string?> CertificateAsync(LinkageTestHost host, Guid caseId) =>
        await ScalarAsync(host, """SELECT "CertificateIdentifier" FROM intake.cases WHERE "Id" = @id""", caseId) as string;

    public static async Task<long> CountAsync(LinkageTestHost host, string sql, object? arg = null) =>
        Convert.ToInt64(await ScalarAsync(host, sql, arg));

    /// <summary>The first column of every row, as text.</summary>
    public static async Task<IReadOnlyList<string>> StringsAsync(LinkageTestHost host, string sql, object? arg = null)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (arg is not null) command.Parameters.AddWithValue("id", arg);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }

    private static async Task<object?> ScalarAsync(LinkageTestHost host, string sql, object? arg)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (arg is not null) command.Parameters.AddWithValue("id", arg);
        return await command.ExecuteScalarAsync();
    }
}
