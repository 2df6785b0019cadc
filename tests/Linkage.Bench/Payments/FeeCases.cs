using System.Net.Http.Json;
using Linkage.Bench.Pacing;
using Npgsql;

namespace Linkage.Bench.Payments;

/// <summary>Fee-bearing cases taken at the county window (not measured), ready once the fees module has assessed each
/// of them from the case's accepted event; afterwards, the payments recorded for them.</summary>
public sealed class FeeCases(HttpClient clerk, string connectionString)
{
    public Task<Guid[]> PrepareAsync(int count) =>
        PreparedCases.TakeAsync(clerk, () => JsonContent.Create(FeeBearingPharmacy.Application()), count, AssessedAsync, "an assessed fee");

    public Task<long> PaymentsAsync(IReadOnlyList<Guid> ids) => CountAsync("""SELECT count(*) FROM fees.payments WHERE "CaseId" = ANY($1)""", ids);

    private Task<long> AssessedAsync(Guid[] ids) => CountAsync("""SELECT count(*) FROM fees.assessments WHERE "CaseId" = ANY($1)""", ids);

    private async Task<long> CountAsync(string sql, IReadOnlyList<Guid> ids)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = ids.ToArray() } } };
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
