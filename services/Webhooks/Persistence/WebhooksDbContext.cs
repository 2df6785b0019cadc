using Linkage.Messaging;
using Linkage.Webhooks.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Webhooks.Persistence;

public sealed class WebhooksDbContext(DbContextOptions<WebhooksDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "webhooks";

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<CaseUnit> CaseUnits => Set<CaseUnit>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WebhooksDbContext).Assembly);
    }
}
