using Npgsql;

namespace Linkage.Console.Tests;

/// <summary>A day's counters of one org unit in supervision's pre-aggregated table, written as the counter fold writes
/// them (a scenario that needs figures for a past period seeds them rather than waiting for it).</summary>
public static class DailyCounts
{
    public static async Task SeedAsync(ConsoleSuite suite, DateOnly day, string division, string orgUnit, int received, int completed, int late,
        int? accepted = null)
    {
        await using var connection = new NpgsqlConnection(suite.Deployment.Environment["ConnectionStrings__Linkage"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO supervision.daily_counts ("Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "WindowId", "DepartmentId",
                "Received", "Accepted", "Completed", "OnTime", "Early", "Instant", "CompletedLate", "StoppedWorkingDays", "Yellow", "Red", "Ratings",
                "GradeSum", "Satisfied", "Online", "RectificationsClosed", "RectificationsOverdue", "OnSite", "Version", "PublishedVersion", "RolledUpFrom")
            VALUES (@day, @division, @orgUnit, 'seeded-matter', '', '', @received, @accepted, @completed, @completed - @late, 0, 0, @late, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 1, 1, '')
            ON CONFLICT DO NOTHING
            """, connection);
        command.Parameters.AddWithValue("day", day);
        command.Parameters.AddWithValue("division", division);
        command.Parameters.AddWithValue("orgUnit", orgUnit);
        command.Parameters.AddWithValue("received", received);
        command.Parameters.AddWithValue("accepted", accepted ?? received);
        command.Parameters.AddWithValue("completed", completed);
        command.Parameters.AddWithValue("late", late);
        await command.ExecuteNonQueryAsync();
    }
}
