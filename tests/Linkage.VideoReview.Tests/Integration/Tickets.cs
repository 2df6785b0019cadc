using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Testing;
using Npgsql;

namespace Linkage.VideoReview.Tests;

/// <summary>Sessions and join tickets through the API, and what the database holds about them.</summary>
public static class Tickets
{
    public static async Task<Guid> CreateSessionAsync(this LinkageTestHost host, Guid caseId, string user = "clerk")
    {
        var response = await host.CreateClient(user).PostAsJsonAsync("/api/video-review/sessions",
            Sessions.JointReview(caseId, DateTimeOffset.UtcNow.AddMinutes(5)));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> JoinAsync(this HttpClient client, Guid sessionId)
    {
        var response = await client.PostAsync($"/api/video-review/sessions/{sessionId}/join", null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"join: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<T?> ScalarAsync<T>(this LinkageTestHost host, string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is T value ? value : default;
    }

    public static Task<long?> RoomOfAsync(this LinkageTestHost host, Guid sessionId) =>
        host.ScalarAsync<long?>($"SELECT \"RoomId\" FROM videoreview.sessions WHERE \"Id\" = '{sessionId}'");

    public static async Task<(long Session, JsonObjectResult Joined)> EnterAsync(this JanusProbe janus, JsonElement ticket)
    {
        var (session, error) = await janus.OpenAsync(ticket.GetProperty("token").GetString()!);
        Assert.True(session is not null, $"Janus refused the ticket's token: {error}");
        var joined = await janus.JoinAsync(session.Value, ticket.GetProperty("token").GetString()!, ticket.GetProperty("roomId").GetInt64(),
            ticket.GetProperty("pin").GetString()!, ticket.GetProperty("feedId").GetInt64(), ticket.GetProperty("display").GetString()!);
        return (session.Value, new JsonObjectResult(joined));
    }
}

public sealed record JsonObjectResult(System.Text.Json.Nodes.JsonObject Data)
{
    public string? Kind => Data["videoroom"]?.GetValue<string>();
    public int? ErrorCode => Data["error_code"]?.GetValue<int>();
}
