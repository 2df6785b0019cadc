using System.Net;
using System.Text.Json;
using Npgsql;

namespace Linkage.Bench.Video;

/// <summary>Food-permit cases taken at the county window (not measured), ready for a joint review once the video
/// review module holds each case and its review plan (from the accepted and review-opened events).</summary>
public sealed class ReviewCases(HttpClient clerk, string connectionString)
{
    public async Task<IReadOnlyList<Guid>> PrepareAsync(int count)
    {
        var ids = new Guid[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            using var response = await clerk.PostAsync("/api/intake/cases", Applications.Next(), ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"Case refused: {(int)response.StatusCode} {body}");
            ids[i] = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        });
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (await PlannedAsync(ids) < count)
        {
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException("The video review module did not get every case's review plan.");
            await Task.Delay(500);
        }
        return ids;
    }

    private async Task<long> PlannedAsync(Guid[] ids)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM videoreview.case_plans WHERE "CaseId" = ANY($1)""", connection)
        { Parameters = { new() { Value = ids } } };
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
