using System.Globalization;
using Linkage.Intake.Domain;
using Linkage.Intake.Features.ProxyLedger;
using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Intake.Tests;

/// <summary>Decision 0788: a new proxy case's ledger statement (<see cref="LineTake"/>, 0754) looks for an open ask
/// through the partial index of open asks, in the plan PostgreSQL caches for it too (a generic plan, as a connection's
/// prepared statement gets after a few runs): the lines the station's earlier cases took are not read.</summary>
public sealed class LineTakePlanTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private const string Station = "ou-0788-plan-station";

    [Fact]
    public async Task The_line_take_seeks_the_open_asks_alone_in_its_generic_plan_with_many_taken_lines()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        await using var conn = new NpgsqlConnection(scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Database.GetConnectionString());
        await conn.OpenAsync();
        var statement = LineTake.TakeOrOpen(Line());
        // PREPARE from a DO block: sent as a command of its own, its $n would be taken for the command's parameters
        await RunAsync(conn, $"DO $do$ BEGIN EXECUTE $q$PREPARE take_0788 ({Types(statement)}) AS {Text(statement)}$q$; END $do$");
        try
        {
            await using var tx = await conn.BeginTransactionAsync();
            await RunAsync(conn, "SET LOCAL plan_cache_mode = force_generic_plan");
            for (var i = 0; i < 300; i++) await RunAsync(conn, Execute(Line())); // each a case's own line, taken at once

            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + Execute(Line()), conn);
            var plan = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
                while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
            await tx.RollbackAsync();

            var text = string.Join('\n', plan);
            Assert.Contains("IX_proxy_ledger_open_asks", text);
            Assert.DoesNotContain("IX_proxy_ledger_StationOrgUnitId_AskedAt", text);
            Assert.DoesNotContain("IX_proxy_ledger_CaseId", text);
            Assert.DoesNotContain("Seq Scan", text);
        }
        finally
        {
            await RunAsync(conn, "DEALLOCATE take_0788");
        }
    }

    /// <summary>A forwarded proxy case's line as <c>ProxyCaseSteps</c> builds it: one station, principal and matter for all.</summary>
    private static ProxyLedgerEntry Line()
    {
        var principal = new Applicant(ApplicantKind.Person, "刘芳", "350926********0024", new string('d', 64), null);
        var now = DateTimeOffset.UtcNow;
        var line = ProxyLedgerEntry.Ask(new ProxyAsk(Station, "350926100201", "agent-0788", "代办员", principal, "000150002000", null), now);
        line.Link(Guid.NewGuid(), $"0788-{Guid.NewGuid():N}"[..30]);
        line.Accept(now);
        line.Forward("县市场监督管理局窗口", now);
        return line;
    }

    private static string Text(FormattableString statement) => string.Format(CultureInfo.InvariantCulture, statement.Format,
        Enumerable.Range(1, statement.ArgumentCount).Select(i => (object)$"${i}").ToArray());

    private static string Types(FormattableString statement) => string.Join(", ", statement.GetArguments()
        .Select(a => a switch { Guid => "uuid", DateTimeOffset => "timestamptz", _ => "text" }));

    /// <summary>The prepared statement run for <paramref name="line"/>, its values written out (no parameters).</summary>
    private static string Execute(ProxyLedgerEntry line) =>
        $"EXECUTE take_0788 ({string.Join(", ", LineTake.TakeOrOpen(line).GetArguments().Select(Literal))})";

    private static string Literal(object? value) => value switch
    {
        null => "NULL",
        DateTimeOffset at => $"'{at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}'",
        _ => $"'{Convert.ToString(value, CultureInfo.InvariantCulture)!.Replace("'", "''", StringComparison.Ordinal)}'",
    };

    private static async Task RunAsync(NpgsqlConnection conn, string sql)
    {
        await using var command = new NpgsqlCommand(sql, conn);
        await command.ExecuteNonQueryAsync();
    }
}
