using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Persistence;

public sealed class IntakeDbContext(DbContextOptions<IntakeDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "intake";

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IntakeDbContext).Assembly);
    }
}
