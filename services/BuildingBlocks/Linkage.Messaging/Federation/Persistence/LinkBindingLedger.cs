using Npgsql;

namespace Linkage.Messaging;

/// <summary>One exchange-to-exchange binding a deployment makes for its links (decision 0686); <see cref="AppId"/>
/// is its argument <c>x-linkage-app</c>, so deployments sharing a broker never remove each other's.</summary>
internal sealed record LinkBinding(string Source, string Destination, string Pattern, string AppId);

/// <summary>The bindings this deployment has made for its links, and each of its hosts for its types (decision 0699), in
/// <c>federation.link_bindings</c>. The wanted set is recorded before it is bound and a stale one forgotten only after
/// it is unbound, so a start that stops half-way leaves nothing bound that the next start does not know of.</summary>
internal sealed class LinkBindingLedger(FederationDatabase database)
{
    /// <summary>Records <paramref name="wanted"/> as <paramref name="host"/>'s (empty: every host of the deployment
    /// wants the same, as its links' bindings); returns what <paramref name="appId"/>'s <paramref name="host"/> recorded
    /// before and no longer wants (another deployment's rows in a shared database stay its own, and so do a sibling
    /// host's). A binding another host of the deployment wants now becomes that host's.</summary>
    public async Task<IReadOnlyList<LinkBinding>> RecordAsync(string appId, string host, IReadOnlyList<LinkBinding> wanted, CancellationToken ct)
    {
        if (database.DataSource is not { } dataSource) return [];
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO federation.link_bindings (source, destination, pattern, app_id, host)
            SELECT *, @host FROM unnest(@sources, @destinations, @patterns, @apps)
            ON CONFLICT (source, destination, pattern, app_id) DO UPDATE SET host = excluded.host WHERE link_bindings.host <> excluded.host
            """, connection))
        {
            Rows(insert, wanted);
            insert.Parameters.AddWithValue("host", host);
            await insert.ExecuteNonQueryAsync(ct);
        }
        var recorded = new List<LinkBinding>();
        await using var select = new NpgsqlCommand("SELECT source, destination, pattern, app_id FROM federation.link_bindings WHERE app_id = @app AND host = @host", connection);
        select.Parameters.AddWithValue("app", appId);
        select.Parameters.AddWithValue("host", host);
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) recorded.Add(new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        return recorded.Except(wanted).ToList();
    }

    public async Task ForgetAsync(IReadOnlyList<LinkBinding> unbound, CancellationToken ct)
    {
        if (database.DataSource is not { } dataSource || unbound.Count == 0) return;
        await using var delete = dataSource.CreateCommand(
            """
            DELETE FROM federation.link_bindings b USING unnest(@sources, @destinations, @patterns, @apps) AS u(s, d, p, a)
            WHERE b.source = u.s AND b.destination = u.d AND b.pattern = u.p AND b.app_id = u.a
            """);
        Rows(delete, unbound);
        await delete.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Runs <paramref name="step"/> while no other host of the deployment (of its database) runs one under the
    /// same <paramref name="name"/>: a transaction-scoped advisory lock, held until the step is done. Without a database,
    /// at once.</summary>
    public async Task<T> OneHostAtATimeAsync<T>(string name, Func<Task<T>> step, CancellationToken ct)
    {
        if (database.DataSource is not { } dataSource) return await step();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var turn = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended(@name, 0))", connection, transaction))
        {
            turn.Parameters.AddWithValue("name", name);
            await turn.ExecuteNonQueryAsync(ct);
        }
        var result = await step();
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>The bindings as the column arrays <c>@sources</c>, <c>@destinations</c>, <c>@patterns</c>, <c>@apps</c>.</summary>
    private static void Rows(NpgsqlCommand command, IReadOnlyList<LinkBinding> bindings)
    {
        command.Parameters.AddWithValue("sources", bindings.Select(b => b.Source).ToArray());
        command.Parameters.AddWithValue("destinations", bindings.Select(b => b.Destination).ToArray());
        command.Parameters.AddWithValue("patterns", bindings.Select(b => b.Pattern).ToArray());
        command.Parameters.AddWithValue("apps", bindings.Select(b => b.AppId).ToArray());
    }
}
