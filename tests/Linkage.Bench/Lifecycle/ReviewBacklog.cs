using Npgsql;

namespace Linkage.Bench.Lifecycle;

/// <summary>The review tasks nobody has decided yet, read live. The reviewers of an open loop take the oldest first, so a
/// run starts on what intake's scenario and the runs before it left undecided (thousands of tasks), and one offered above
/// what the reviewers take ends on more: its certificates are the reviewers' share of a flooded machine, not a latency
/// of the path after them. Printed at the run's start and end so that shows (issue 17, decision 0785).</summary>
public sealed class ReviewBacklog(string connectionString)
{
    public async Task<long> UndecidedAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM approval.review_tasks WHERE "DecidedAt" IS NULL""", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
