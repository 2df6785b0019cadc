using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linkage.Messaging;
using Npgsql;

namespace Linkage.Bench.Scenarios;

/// <summary>What the suite still owes from earlier scenarios: messages ready or unacknowledged on the consumed queues of
/// each broker (the all-in-one's, and the tiers' nodes while they run), and outbox rows not yet dispatched in the
/// all-in-one's database. Error, skipped, quarantine and dead-letter queues, queues no consumer reads, and parked outbox
/// rows never drain by waiting, so they are left out. A scenario timed while the host still
/// works off another's backlog measures both (the deadline sweep after the life cycle: ≈ 940 ms a pass instead of 12).</summary>
public sealed class Backlog(IReadOnlyList<Uri> brokers, string? postgres)
{
    private static readonly string[] NeverDrained = ["_error", "_skipped", "-quarantine"];

    public sealed record Count(long Messages, long OutboxRows)
    {
        public bool Drained => Messages == 0 && OutboxRows == 0;

        public override string ToString() => $"{Messages} messages queued, {OutboxRows} outbox rows pending";
    }

    /// <summary>Polls once a second until <see cref="Count.Drained"/> or <paramref name="cap"/>, and prints how long
    /// that took. Without a management endpoint or a database to ask, says so and returns at once.</summary>
    public async Task WaitDrainedAsync(string scenario, TimeSpan cap)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Count first, now;
        try
        {
            first = now = await CountAsync();
            while (!now.Drained && clock.Elapsed < cap)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                now = await CountAsync();
            }
        }
        catch (Exception e) when (e is HttpRequestException or NpgsqlException or TaskCanceledException or JsonException)
        {
            Console.WriteLine($"before {scenario}: backlog not checked ({e.GetType().Name}: {e.Message})");
            return;
        }
        Console.WriteLine(first.Drained ? $"before {scenario}: no backlog (nothing queued or pending; asked in {clock.Elapsed.TotalSeconds:0.0} s)"
            : now.Drained ? $"before {scenario}: backlog drained in {clock.Elapsed.TotalSeconds:0.0} s (at the start: {first})"
            : $"before {scenario}: backlog NOT drained after the {cap.TotalSeconds:0} s cap ({now}; at the start: {first}); going on");
    }

    public async Task<Count> CountAsync() => new(await QueuedAsync(), await PendingRowsAsync());

    /// <summary>Summed over the brokers that answer; a tiers node that is not running is no backlog.</summary>
    private async Task<long> QueuedAsync()
    {
        long queued = 0, answered = 0;
        foreach (var broker in brokers)
        {
            using var http = new HttpClient { BaseAddress = broker, Timeout = TimeSpan.FromSeconds(10) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
            JsonElement queues;
            try { queues = await http.GetFromJsonAsync<JsonElement>("api/queues?columns=name,consumers,messages_ready,messages_unacknowledged"); }
            catch (HttpRequestException) { continue; }
            answered++;
            queued += queues.EnumerateArray()
                .Where(q => Long(q, "consumers") > 0 && !NeverDrains(q.GetProperty("name").GetString() ?? ""))
                .Sum(q => Long(q, "messages_ready") + Long(q, "messages_unacknowledged"));
        }
        return answered > 0 ? queued : throw new HttpRequestException($"no broker's management API answered ({string.Join(", ", brokers)})");
    }

    private static bool NeverDrains(string queue) => queue.StartsWith("dlq-", StringComparison.Ordinal)
        || NeverDrained.Any(suffix => queue.EndsWith(suffix, StringComparison.Ordinal));

    private static long Long(JsonElement queue, string name) =>
        queue.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

    /// <summary>Rows not dispatched and not parked, summed over every module's outbox in the all-in-one's database (a
    /// tiers database may outlive its host, and its rows would never go). With only the tiers up there is no all-in-one
    /// database: nothing is pending there, and it is not asked for (the server would log each attempt as an error).</summary>
    private async Task<long> PendingRowsAsync()
    {
        if (postgres is null || !await ExistsAsync(postgres)) return 0;
        var schemas = await StringsAsync(postgres, "SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox_messages'");
        if (schemas.Count == 0) return 0;
        var parkedAfter = new OutboxOptions().MaxAttempts;
        return (await StringsAsync(postgres, "SELECT (" + string.Join(" + ", schemas.Select(s =>
            $"(SELECT count(*) FROM \"{s}\".outbox_messages WHERE dispatched_at IS NULL AND attempts < {parkedAfter})")) + ")::text"))
            .Sum(long.Parse);
    }

    private static async Task<bool> ExistsAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = database ?? "" });
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> StringsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
