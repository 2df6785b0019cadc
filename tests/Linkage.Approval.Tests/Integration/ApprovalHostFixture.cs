using Linkage.Testing;
using Npgsql;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Catalog + approval + certificates on real PostgreSQL and RabbitMQ, shared by one test class.</summary>
public sealed class ApprovalHostFixture : IAsyncLifetime
{
    public LinkageTestHost Host { get; private set; } = null!;

    public AcceptedCases Cases { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await LinkageTestHost.StartAsync("catalog,approval,certificates");
        Cases = new AcceptedCases(Host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Events of one type the approval module wrote to its outbox for a case.</summary>
    public Task<long> OutboxCountAsync(Guid caseId, string eventName) => CountAsync(
        "SELECT count(*) FROM approval.outbox_messages WHERE aggregate_id = $1 AND message_type LIKE $2",
        caseId.ToString(), $"%.{eventName}%");
}
