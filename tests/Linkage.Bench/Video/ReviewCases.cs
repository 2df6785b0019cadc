using Linkage.Bench.Pacing;
using Npgsql;

namespace Linkage.Bench.Video;

/// <summary>Food-permit cases taken at the county window (not measured), ready for a joint review once the video
/// review module holds each case's review plan (from the accepted and review-opened events).</summary>
public sealed class ReviewCases(HttpClient clerk, string connectionString)
{
    public Task<Guid[]> PrepareAsync(int count) => PreparedCases.TakeAsync(clerk, Applications.Next, count, PlannedAsync, "a review plan");

    private async Task<long> PlannedAsync(Guid[] ids)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM videoreview.case_plans WHERE "CaseId" = ANY($1)""", connection)
        { Parameters = { new() { Value = ids } } };
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
