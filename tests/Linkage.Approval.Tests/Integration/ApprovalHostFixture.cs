using Linkage.Testing;
using Npgsql;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Catalog + approval + certificates on real PostgreSQL and RabbitMQ, shared by one test class.</summary>
public class ApprovalHostFixture : IAsyncLifetime
{
    /// <summary>Whether a case's deliveries and decisions take turns in the host (decision 0755); off, the row locks alone
    /// order them, as between the processes of a split deployment.</summary>
    public virtual bool CaseTurns => true;

    public LinkageTestHost Host { get; private set; } = null!;

    public AcceptedCases Cases { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await LinkageTestHost.StartAsync("catalog,approval,certificates",
            configure: s => s["Linkage:RabbitMq:CaseTurns"] = CaseTurns.ToString());
        Cases = new AcceptedCases(Host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public Task<long> CountAsync(string sql, params object[] parameters) => Host.CountAsync(sql, parameters);

    public Task<long> OutboxCountAsync(Guid caseId, string eventName) => Host.OutboxCountAsync(caseId, eventName);

    /// <summary>A case's pending task ids in the database's order of them (the last-to-decide order, 0709).</summary>
    public async Task<List<Guid>> PendingInIdOrderAsync(Guid caseId)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT \"Id\" FROM approval.review_tasks WHERE \"CaseId\" = $1 AND \"Status\" = 'Pending' ORDER BY \"Id\"", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = caseId });
        var ids = new List<Guid>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
        return ids;
    }
}

/// <summary>An approval host whose case's decisions take no turns (<see cref="ApprovalHostFixture.CaseTurns"/>).</summary>
public sealed class ApprovalHostWithoutTurnsFixture : ApprovalHostFixture
{
    public override bool CaseTurns => false;
}
