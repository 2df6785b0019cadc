using Linkage.Certificates.Domain;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Persistence;

public sealed class CertificatesDbContext(DbContextOptions<CertificatesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "certificates";

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<IssuerSerial> IssuerSerials => Set<IssuerSerial>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<CaseDepartment> CaseDepartments => Set<CaseDepartment>();

    /// <summary>Every certificate issued is audited: 64 chain lanes, so issuances of different cases do not queue for one
    /// chain lock held to their commits (0580, 0617); a round of issuances takes one lane, its first case's (0688), a
    /// revocation or delivery the certificate's.</summary>
    public const int AuditLaneCount = 64;

    protected override string Schema => SchemaName;

    protected override int AuditLanes => AuditLaneCount;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CertificatesDbContext).Assembly);
        modelBuilder.ApplyConfiguration(new CaseDepartmentConfiguration());
    }
}
