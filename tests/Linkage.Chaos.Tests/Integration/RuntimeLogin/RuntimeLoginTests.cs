using Npgsql;

namespace Linkage.Chaos.Tests;

/// <summary>Least privilege in the database (decision 0534): the host that just went through the chaos run (it
/// worked under it) connects as a login that owns nothing and may change rows but not the schema; the audit trail
/// only grows. Checked on the logins <c>./platform</c> wrote into their environments.</summary>
[Collection(ChaosCollection.Name)]
public sealed class RuntimeLoginTests(ChaosRunFixture chaos)
{
    public static TheoryData<string> Hosts => new() { "host" };

    [Theory, MemberData(nameof(Hosts))]
    public async Task The_host_login_owns_nothing_and_is_no_superuser(string host)
    {
        await using var db = await ConnectAsync(host);
        Assert.Equal("linkage_app", await ScalarAsync<string>(db, "SELECT current_user"));
        Assert.False(await ScalarAsync<bool>(db, "SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user"));
        Assert.Equal(0L, await ScalarAsync<long>(db,
            "SELECT (SELECT count(*) FROM pg_class WHERE relowner = current_user::regrole) + (SELECT count(*) FROM pg_namespace WHERE nspowner = current_user::regrole)"));
        Assert.True(await ScalarAsync<bool>(db, "SELECT has_table_privilege('intake.cases', 'SELECT, INSERT, UPDATE, DELETE')"));
        Assert.True(await ScalarAsync<bool>(db, "SELECT has_table_privilege('audit.audit_log', 'SELECT, INSERT')"));
    }

    [Theory]
    [InlineData("CREATE TABLE intake.probe (id int)")]
    [InlineData("CREATE SCHEMA probe")]
    [InlineData("DROP TABLE intake.cases")]
    [InlineData("ALTER TABLE intake.cases ADD COLUMN probe int")]
    [InlineData("TRUNCATE approval.review_tasks")]
    [InlineData("CREATE INDEX probe ON intake.cases (\"Id\")")]
    [InlineData("DELETE FROM audit.audit_log")]
    [InlineData("UPDATE audit.audit_log SET action = action")]
    public async Task The_host_login_may_not_change_the_schema_nor_rewrite_the_audit_trail(string statement)
    {
        await using var db = await ConnectAsync("host");
        var refused = await Assert.ThrowsAsync<PostgresException>(() => new NpgsqlCommand(statement, db).ExecuteNonQueryAsync());
        Assert.True(refused.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{statement}: {refused.SqlState} {refused.MessageText}");
    }

    private async Task<NpgsqlConnection> ConnectAsync(string host)
    {
        var env = Path.Combine(chaos.Platform.State, "env", $"{host}.env");
        var line = File.ReadLines(env).Single(l => l.StartsWith("ConnectionStrings__Linkage=", StringComparison.Ordinal));
        var db = new NpgsqlConnection(line["ConnectionStrings__Linkage=".Length..]);
        await db.OpenAsync();
        return db;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection db, string sql) =>
        (T)(await new NpgsqlCommand(sql, db).ExecuteScalarAsync())!;
}
