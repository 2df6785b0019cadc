using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Linkage.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.ServiceDefaults.Persistence;

public static class ModuleDbContextExtensions
{
    /// <summary>A database restart (about ten seconds) is waited out inside the request; longer, and the request ends
    /// in 503 with Retry-After (decision 0411).</summary>
    private const int RetryCount = 4;

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(3);

    /// <summary>Contexts of a module its pool keeps for reuse (<c>Linkage:Persistence:ContextPoolSize</c>); one returned
    /// past it is disposed. A pooled context keeps its Npgsql connection object, and that keeps its recycled command:
    /// the last statement's split statements, parameters and their values, and parameter lists and name lookups at the
    /// size of the largest batch it ran. EF's default of 1,024 kept every context a flooded run had open at once (decision
    /// 0847).</summary>
    public const int DefaultContextPoolSize = 32;

    /// <summary>Statements EF sends in one command of a save (<c>Linkage:Persistence:MaxBatchSize</c>); a larger save goes
    /// as several commands in one transaction. Npgsql's default of 1,000 built a flooded round's whole save at once: its
    /// SQL text, a parameter and a name lookup for every value, and a recycled command that keeps the lists at that size
    /// (decision 0844). <see cref="OneBatch.MaxChanges"/> is the most changes a save sends as one batch without a
    /// transaction, so no such save is split.</summary>
    public const int DefaultMaxBatchSize = OneBatch.MaxChanges;

    /// <summary>The module's DbContext on its own schema, with its compiled model and a retrying execution strategy, plus its
    /// outbox dispatcher.
    /// <c>ConnectionStrings:&lt;module&gt;</c> overrides the shared <c>ConnectionStrings:Linkage</c>.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(
        this IServiceCollection services, IConfiguration configuration, string module, string schema)
        where TContext : ModuleDbContext
    {
        var connectionString = configuration.GetConnectionString(module) ?? configuration.GetConnectionString("Linkage")
            ?? throw new InvalidOperationException("ConnectionStrings:Linkage is not configured.");
        var model = CompiledModel.Of<TContext>();
        var poolSize = configuration.GetValue("Linkage:Persistence:ContextPoolSize", DefaultContextPoolSize);
        var batchSize = configuration.GetValue("Linkage:Persistence:MaxBatchSize", DefaultMaxBatchSize);
        services.AddDbContextPool<TContext>(o => ModuleContextOptions.AddTo(o).UseModel(model).UseNpgsql(ConnectionTuning.Tuned(connectionString),
            npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema).MaxBatchSize(batchSize)
                .EnableRetryOnFailure(RetryCount, MaxRetryDelay, errorCodesToAdd: null)), poolSize);
        services.AddOutbox<TContext>();
        services.AddSweep<AuditHeadSigning<TContext>>();
        return services;
    }

    public static async Task MigrateModuleAsync<TContext>(this IServiceProvider services, CancellationToken ct)
        where TContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.MigrateAsync(ct);
        if (db is not ModuleDbContext) return;
        await AuditSchema.EnsureAsync(db, ct); // the shared audit trail (docs/decisions/0400)
        await FederationSchema.EnsureAsync(db, ct); // link bindings, Dapr's failed deliveries (0686)
    }
}
