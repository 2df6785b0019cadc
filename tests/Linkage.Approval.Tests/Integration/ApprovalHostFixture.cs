using Linkage.Testing;

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

    public Task<long> CountAsync(string sql, params object[] parameters) => Host.CountAsync(sql, parameters);

    public Task<long> OutboxCountAsync(Guid caseId, string eventName) => Host.OutboxCountAsync(caseId, eventName);
}
