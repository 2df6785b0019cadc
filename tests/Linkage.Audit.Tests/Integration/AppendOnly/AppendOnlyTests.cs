using Npgsql;

namespace Linkage.Audit.Tests;

/// <summary>The application's own connection cannot change or remove what the trail holds.</summary>
public sealed class AppendOnlyTests : IAsyncLifetime
{
    private AuditDatabase db = null!;

    public async Task InitializeAsync()
    {
        db = await AuditDatabase.CreateAsync();
        await db.WriteAsync("first");
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Theory]
    [InlineData("UPDATE audit.audit_log SET actor_subject = 'someone-else'")]
    [InlineData("DELETE FROM audit.audit_log")]
    [InlineData("TRUNCATE audit.audit_log")]
    [InlineData("UPDATE audit.signed_heads SET seq = 0")]
    public async Task The_app_connection_cannot_update_delete_or_truncate(string sql)
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => db.ExecuteAsync(sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM audit.audit_log WHERE actor_subject = 'clerk-1'"));
    }

    [Fact]
    public async Task The_tables_belong_to_the_owner_role_and_the_app_may_only_read_and_insert()
    {
        Assert.Equal("linkage_audit_owner", await db.ScalarAsync<string>(
            "SELECT tableowner::text FROM pg_tables WHERE schemaname = 'audit' AND tablename = 'audit_log'"));
        Assert.True(await db.ScalarAsync<bool>("SELECT has_table_privilege(current_user, 'audit.audit_log', 'INSERT')"));
        Assert.Equal(0L, await db.ScalarAsync<long>("""
            SELECT count(*) FROM information_schema.role_table_grants
            WHERE table_schema = 'audit' AND grantee IN ('PUBLIC', current_user) AND privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
            """));
    }
}
