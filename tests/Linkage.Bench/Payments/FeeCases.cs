using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Linkage.Bench.Payments;

/// <summary>Fee-bearing cases taken at the county window (8 at a time, not measured), ready once the fees module
/// has assessed each of them from the case's accepted event.</summary>
public sealed class FeeCases(HttpClient clerk, string connectionString)
{
    public async Task<IReadOnlyList<Guid>> PrepareAsync(int count)
    {
        var ids = new Guid[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            using var response = await clerk.PostAsJsonAsync("/api/intake/cases", FeeBearingPharmacy.Application(), ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"Case refused: {(int)response.StatusCode} {body}");
            ids[i] = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        });
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (await AssessedAsync(ids) < count)
        {
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException($"Only {await AssessedAsync(ids)} of {count} cases were assessed.");
            await Task.Delay(500);
        }
        return ids;
    }

    public Task<long> AssessedAsync(IReadOnlyList<Guid> ids) =>
        CountAsync("""SELECT count(*) FROM fees.assessments WHERE "CaseId" = ANY($1)""", ids);

    public Task<long> PaymentsAsync(IReadOnlyList<Guid> ids) =>
        CountAsync("""SELECT count(*) FROM fees.payments WHERE "CaseId" = ANY($1)""", ids);

    private async Task<long> CountAsync(string sql, IReadOnlyList<Guid> ids)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection)
        { Parameters = { new() { Value = ids.ToArray() } } };
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
