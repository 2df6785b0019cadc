using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Audit.Tests;

/// <summary>A fresh database with a small module (widgets with a unique name) and the shared audit schema.</summary>
public sealed class AuditDatabase : IAsyncDisposable
{
    private readonly TestDatabase database;

    private AuditDatabase(TestDatabase database) => this.database = database;

    public string ConnectionString => database.ConnectionString;

    public static async Task<AuditDatabase> CreateAsync()
    {
        var created = new AuditDatabase(await TestDatabase.CreateAsync("audit_"));
        await using var db = created.NewContext();
        await db.Database.EnsureCreatedAsync();
        await AuditSchema.EnsureAsync(db, CancellationToken.None);
        return created;
    }

    public WidgetDbContext NewContext() => new(new DbContextOptionsBuilder<WidgetDbContext>().UseNpgsql(ConnectionString).Options);

    /// <summary>Saves one widget and its audit entry in one unit of work.</summary>
    public async Task WriteAsync(string name, string subject = "clerk-1")
    {
        await using var db = NewContext();
        db.Widgets.Add(new Widget { Name = name });
        db.Audit(new AuditActor(subject, "window-clerk", "ou-1", "350926000000"), "widget.created", "widget", name, new { name });
        await db.SaveChangesAsync();
    }

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Runs SQL as the audit tables' owner role, triggers off: what a tamperer with the owner's rights can do.</summary>
    public Task<int> TamperAsync(string sql) => ExecuteAsync($"""
        SET ROLE {AuditSql.OwnerRole};
        ALTER TABLE audit.audit_log DISABLE TRIGGER USER;
        {sql};
        ALTER TABLE audit.audit_log ENABLE TRIGGER USER;
        RESET ROLE;
        """);

    public Task<T> ScalarAsync<T>(string sql) => database.ScalarAsync<T>(sql);

    public async Task<AuditReport> VerifyAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        return await new AuditVerifier(dataSource).VerifyAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}

public sealed class WidgetDbContext(DbContextOptions<WidgetDbContext> options) : ModuleDbContext(options)
{
    protected override string Schema => "widgets";

    public DbSet<Widget> Widgets => Set<Widget>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Widget>(b =>
        {
            b.ToTable("widgets");
            b.HasKey(w => w.Id);
            b.HasIndex(w => w.Name).IsUnique();
        });
    }
}

public sealed class Widget
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; init; }
}
