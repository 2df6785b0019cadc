using Linkage.Testing;
using Npgsql;

namespace Linkage.Intake.Tests;

public static class Database
{
    public static async Task<long> CountAsync(LinkageTestHost host, string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

public static class Outbox
{
    /// <summary>The payloads of the integration events a case queued, of a type (e.g. <c>CaseAccepted</c>).</summary>
    public static async Task<IReadOnlyList<string>> PayloadsAsync(LinkageTestHost host, string caseId, string type)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload::text FROM intake.outbox_messages WHERE aggregate_id = @id AND message_type LIKE @type", connection);
        command.Parameters.AddWithValue("id", caseId);
        command.Parameters.AddWithValue("type", $"%{type}%");
        var payloads = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) payloads.Add(reader.GetString(0));
        return payloads;
    }
}
