using Linkage.Bench.Seeding;

namespace Linkage.Bench.Cost;

/// <summary>What the suite's database has run so far: statement calls per normalised statement (pg_stat_statements,
/// the extension <c>scripts/infra.sh</c> loads), commits and rollbacks among them, and transactions
/// (pg_stat_database, implicit ones included). Read before and after a run; the difference is the run's work.</summary>
public sealed record DatabaseWork(IReadOnlyDictionary<string, long> Calls, long Transactions)
{
    private const string Statements = """
        SELECT left(regexp_replace(query, '\s+', ' ', 'g'), 110) || '|' || sum(calls) FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) GROUP BY query
        """;

    public static async Task<DatabaseWork?> ReadAsync(BenchDatabase db)
    {
        try
        {
            await db.ExecuteAsync("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            var calls = new Dictionary<string, long>();
            foreach (var row in await db.StringsAsync(Statements))
            {
                var cut = row.LastIndexOf('|');
                calls[row[..cut]] = calls.GetValueOrDefault(row[..cut]) + long.Parse(row[(cut + 1)..]);
            }
            var transactions = await db.CountAsync(
                "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()");
            return new DatabaseWork(calls, transactions);
        }
        catch (Npgsql.PostgresException e)
        {
            Console.WriteLine($"(no statement count: {e.MessageText})");
            return null;
        }
    }

    public DatabaseWork Since(DatabaseWork before) => new(
        Calls.Select(c => (c.Key, Calls: c.Value - before.Calls.GetValueOrDefault(c.Key))).Where(c => c.Calls > 0)
            .ToDictionary(c => c.Key, c => c.Calls),
        Transactions - before.Transactions);

    public long Total => Calls.Values.Sum();

    public long Commits => Calls.Where(c => c.Key.StartsWith("COMMIT", StringComparison.OrdinalIgnoreCase)
        || c.Key.StartsWith("ROLLBACK", StringComparison.OrdinalIgnoreCase)).Sum(c => c.Value);
}
