using Linkage.Testing;
using Npgsql;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Counts in a test host's database.</summary>
public static class Outbox
{
    public static async Task<long> CountAsync(this LinkageTestHost host, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Events of one type the approval module wrote to its outbox for a case.</summary>
    public static Task<long> OutboxCountAsync(this LinkageTestHost host, Guid caseId, string eventName) => host.CountAsync(
        "SELECT count(*) FROM approval.outbox_messages WHERE aggregate_id = $1 AND message_type LIKE $2",
        caseId.ToString(), $"%.{eventName}%");
}
