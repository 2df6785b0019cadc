using Linkage.Messaging;
using Linkage.Office.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Persistence;

public sealed class OfficeDbContext(DbContextOptions<OfficeDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "office";

    public DbSet<CentreRules> Rules => Set<CentreRules>();

    public DbSet<WindowAuthorisation> Authorisations => Set<WindowAuthorisation>();

    public DbSet<NegativeFiling> Filings => Set<NegativeFiling>();

    public DbSet<Enquiry> Enquiries => Set<Enquiry>();

    public DbSet<EnquiryStep> EnquirySteps => Set<EnquiryStep>();

    public DbSet<WindowPost> Posts => Set<WindowPost>();

    public DbSet<DayOff> DaysOff => Set<DayOff>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OfficeDbContext).Assembly);
    }
}
