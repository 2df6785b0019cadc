using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Intake.Tests;

/// <summary>Decision 0811: the case-departments projection keeps its key (case_id, department_id) and no index of
/// department_id alone, so each row a ReviewOpened projects writes one index entry; the scopes' test "does this
/// reviewer's department review this case" still seeks the key, in the generic plan a prepared statement gets.</summary>
public sealed class CaseDepartmentsKeyTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    [Fact]
    public async Task The_projection_keeps_only_its_key()
    {
        await using var conn = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT indexname FROM pg_indexes WHERE schemaname = 'intake' AND tablename = 'case_departments' ORDER BY 1", conn);
        var indexes = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) indexes.Add(reader.GetString(0));

        Assert.Equal(["pk_case_departments"], indexes);
    }

    [Fact]
    public async Task A_reviewers_test_of_one_case_seeks_the_key_among_many_departments_rows()
    {
        await using var conn = await OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await RunAsync(conn, """
            INSERT INTO intake.case_departments (case_id, department_id)
            SELECT gen_random_uuid(), 'dep-0811-' || (g % 7) FROM generate_series(1, 3000) g;
            ANALYZE intake.case_departments;
            SET LOCAL plan_cache_mode = force_generic_plan;
            """);
        // PREPARE from a DO block: sent as a command of its own, its $n would be taken for the command's parameters
        await RunAsync(conn, """
            DO $do$ BEGIN EXECUTE $q$PREPARE reviews_0811 (uuid, text) AS
                SELECT EXISTS (SELECT 1 FROM intake.case_departments d WHERE d.case_id = $1 AND d.department_id = $2)$q$; END $do$
            """);
        var plan = new List<string>();
        try
        {
            await using var explain = new NpgsqlCommand(
                "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE reviews_0811 (gen_random_uuid(), 'dep-0811-3')", conn);
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
        }
        finally
        {
            await tx.RollbackAsync();
            await RunAsync(conn, "DEALLOCATE reviews_0811");
        }

        var text = string.Join('\n', plan);
        Assert.Contains("pk_case_departments", text);
        Assert.DoesNotContain("Seq Scan", text);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var conn = new NpgsqlConnection(scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Database.GetConnectionString());
        await conn.OpenAsync();
        return conn;
    }

    private static async Task RunAsync(NpgsqlConnection conn, string sql)
    {
        await using var command = new NpgsqlCommand(sql, conn);
        await command.ExecuteNonQueryAsync();
    }
}
