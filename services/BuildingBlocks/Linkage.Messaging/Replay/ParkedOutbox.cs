using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>The parked rows of one module's outbox (failed <see cref="OutboxOptions.MaxAttempts"/> times), for
/// <c>./platform messages replay|purge</c>. One is registered per <see cref="ModuleDbContext"/> with an outbox.</summary>
public interface IParkedOutbox
{
    string Schema { get; }

    /// <summary>Makes every parked row due at once, without waiting for its slow retry (decision 0673); returns how many.</summary>
    Task<int> ReplayAsync(CancellationToken ct);

    /// <summary>Deletes the parked rows for good; returns how many.</summary>
    Task<int> PurgeAsync(CancellationToken ct);
}

internal sealed class ParkedOutbox<TContext>(IServiceProvider services, OutboxOptions options) : IParkedOutbox
    where TContext : ModuleDbContext
{
    private readonly Lazy<(OutboxSql Sql, string ConnectionString)> context = new(() =>
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return (new OutboxSql(db.ModuleSchema), db.Database.GetConnectionString()
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} has no connection string."));
    });

    public string Schema => context.Value.Sql.Schema;

    public Task<int> ReplayAsync(CancellationToken ct) => ExecuteAsync(context.Value.Sql.ReplayParked, ct);

    public Task<int> PurgeAsync(CancellationToken ct) => ExecuteAsync(context.Value.Sql.PurgeParked, ct);

    private async Task<int> ExecuteAsync(string sql, CancellationToken ct)
    {
        var dataSource = services.GetRequiredService<OutboxConnections>().DataSource(context.Value.ConnectionString);
        await using var cmd = dataSource.CreateCommand(sql);
        cmd.Parameters.Add(new NpgsqlParameter { Value = options.MaxAttempts });
        var changed = await cmd.ExecuteNonQueryAsync(ct);
        if (changed > 0) OutboxWakeUps.Wake(Schema);
        return changed;
    }
}
