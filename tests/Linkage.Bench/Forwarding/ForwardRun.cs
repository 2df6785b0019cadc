using Linkage.Bench.Lifecycle;
using Npgsql;

namespace Linkage.Bench.Forwarding;

/// <summary>Village proxy cases for a county matter submitted at a fixed rate through the gateway; the time from the
/// station receiving each case to the county marking it arrived (over the federation bus) is read from the database.</summary>
public sealed class ForwardRun(Uri gateway, string agentToken, string connectionString)
{
    public sealed record Result(double PerSecond, long Submitted, long Arrived, long FailedRequests, double P50Ms, double P99Ms)
    {
        public override string ToString() =>
            $"forward  {PerSecond:0}/s: {Submitted} submitted, {Arrived} arrived at the county, {FailedRequests} refused; " +
            $"received at the station → visible at the county p50 {P50Ms:0.0} ms  p99 {P99Ms:0.0} ms";
    }

    public async Task<Result> RunAsync(double perSecond, TimeSpan duration)
    {
        var from = DateTimeOffset.UtcNow;
        var failed = await PacedSubmissions.RunAsync(gateway, agentToken, perSecond, duration, Applications.NextByProxy);
        var to = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(3));
        return await ReadAsync(perSecond, from, to, failed);
    }

    private async Task<Result> ReadAsync(double perSecond, DateTimeOffset from, DateTimeOffset to, long failed)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*), count("ArrivedAt"),
                   coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), 0),
                   coalesce(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms), 0)
            FROM (SELECT "ArrivedAt", extract(epoch FROM "ArrivedAt" - "ReceivedAt") * 1000 AS ms
                  FROM intake.cases
                  WHERE "ReceivedAt" >= $1 AND "ReceivedAt" < $2 AND "ForwardedAt" IS NOT NULL) forwarded
            """, connection) { Parameters = { new() { Value = from }, new() { Value = to } } };
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Result(perSecond, reader.GetInt64(0), reader.GetInt64(1), failed, reader.GetDouble(2), reader.GetDouble(3));
    }
}
