using Linkage.Testing;
using Npgsql;

namespace Linkage.Intake.Tests;

public static class Database
{
    public static async Task<long> CountAsync(LinkageTestHost host, string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
