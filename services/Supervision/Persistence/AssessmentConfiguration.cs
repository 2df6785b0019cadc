using System.Text.Json;
using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Supervision.Persistence;

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.ToTable("assessments");
        b.HasKey(a => new { a.Division, a.Month });
        b.Property(a => a.Division).HasMaxLength(12);
        b.Property(a => a.Month).HasMaxLength(7);
        b.Property(a => a.RunBy).HasMaxLength(128);
        b.Property(a => a.PublishedBy).HasMaxLength(128);
        b.Ignore(a => a.Published);
        b.Property<uint>("xmin").IsRowVersion();
    }
}

public sealed class AssessmentRulesConfiguration : IEntityTypeConfiguration<AssessmentRules>
{
    public void Configure(EntityTypeBuilder<AssessmentRules> b)
    {
        b.ToTable("assessment_rules");
        b.HasKey(r => r.Division);
        b.Property(r => r.Division).HasMaxLength(12);
        b.Property(r => r.UpdatedBy).HasMaxLength(128);
        b.Property(r => r.Terms).HasColumnType("jsonb").HasConversion(
            t => JsonSerializer.Serialize(t, JsonSerializerOptions.Web),
            json => JsonSerializer.Deserialize<AssessmentTerms>(json, JsonSerializerOptions.Web)!);
        b.Property<uint>("xmin").IsRowVersion();
    }
}
