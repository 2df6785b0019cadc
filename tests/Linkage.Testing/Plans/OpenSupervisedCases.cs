using Npgsql;

namespace Linkage.Testing.Plans;

/// <summary>Open supervised cases written straight into supervision.cases and supervision.steps (the columns the
/// module maps), each with one pending department step, due well after the sweep day and not due for a check before
/// it. Their ids are <c>bebe0000-0000-4000-8000-</c> and the case's number in hex, so a range of the primary key finds
/// any of them, and all of them are deleted before and after the scenario. The bench's sweep scenario and the sweep's
/// plan test share it.</summary>
public sealed class OpenSupervisedCases(string connectionString, DateOnly sweepDay)
{
    private const string Prefix = "bebe0000-0000-4000-8000-";

    public static string Id(long n) => Prefix + n.ToString("x12");

    /// <summary>Cases <paramref name="from"/> to <paramref name="to"/> (exclusive), checked next 1 to 60 days after the sweep day.</summary>
    public Task AddAsync(long from, long to) => ExecuteAsync($"""
        INSERT INTO supervision.cases ("Id", "CaseNumber", "MatterCode", "MatterName", "HandlingOrgUnitId", "HandlingDivision",
            "SubmittedAtOrgUnitId", "SubmittedAtDivision", "AcceptedOn", "DueDate", "CommittedWorkingDays", "Status", "Instant",
            "StoppedWorkingDays", "NextCheckOn")
        SELECT ('{Prefix}' || lpad(to_hex(g), 12, '0'))::uuid, '350926000000-BENCH-' || g, 'bench-matter', '食品经营许可',
               'bench-sweep-' || (g % 1000), '350926000000', 'bench-sweep-' || (g % 1000), '350926000000',
               DATE '{sweepDay:yyyy-MM-dd}' - 10, DATE '{sweepDay:yyyy-MM-dd}' + 40, 20, 'Open', false, 0,
               DATE '{sweepDay:yyyy-MM-dd}' + 1 + (g % 60)::int
        FROM generate_series({from}, {to - 1}) AS g;
        INSERT INTO supervision.steps ("TaskId", "CaseId", "DepartmentId", "Deadline")
        SELECT gen_random_uuid(), ('{Prefix}' || lpad(to_hex(g), 12, '0'))::uuid, 'dep-350926-scjg', DATE '{sweepDay:yyyy-MM-dd}' + 30
        FROM generate_series({from}, {to - 1}) AS g;
        ANALYZE supervision.cases; ANALYZE supervision.steps;
        """);

    /// <summary>Makes cases <paramref name="from"/> to <paramref name="to"/> due on the sweep day (untimed).</summary>
    public Task DueAsync(long from, long to) => ExecuteAsync($"""
        UPDATE supervision.cases SET "NextCheckOn" = DATE '{sweepDay:yyyy-MM-dd}'
        WHERE "Id" BETWEEN '{Id(from)}' AND '{Id(to - 1)}'
        """);

    public Task DeleteAsync() => ExecuteAsync($"""
        DELETE FROM supervision.alarms WHERE "CaseId" BETWEEN '{Id(0)}' AND '{Prefix}ffffffffffff';
        DELETE FROM supervision.steps WHERE "CaseId" BETWEEN '{Id(0)}' AND '{Prefix}ffffffffffff';
        DELETE FROM supervision.cases WHERE "Id" BETWEEN '{Id(0)}' AND '{Prefix}ffffffffffff';
        """);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
