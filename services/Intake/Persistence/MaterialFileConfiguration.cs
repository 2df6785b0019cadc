using Linkage.Intake.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Intake.Persistence;

public sealed class MaterialFileConfiguration : IEntityTypeConfiguration<MaterialFile>, IEntityTypeConfiguration<MaterialBlob>
{
    public void Configure(EntityTypeBuilder<MaterialFile> b)
    {
        b.ToTable("material_files");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).HasColumnName("id");
        b.Property(f => f.CaseId).HasColumnName("case_id");
        b.HasIndex(f => f.CaseId);
        b.Property(f => f.MaterialCode).HasColumnName("material_code").HasMaxLength(64);
        b.Property(f => f.FileName).HasColumnName("file_name").HasMaxLength(255);
        b.Property(f => f.ContentType).HasColumnName("content_type").HasMaxLength(40);
        b.Property(f => f.Size).HasColumnName("size");
        b.Property(f => f.Sha256).HasColumnName("sha256").HasMaxLength(64);
        b.Property(f => f.UploadedBy).HasColumnName("uploaded_by").HasMaxLength(200);
        b.Property(f => f.UploadedAt).HasColumnName("uploaded_at");
    }

    public void Configure(EntityTypeBuilder<MaterialBlob> b)
    {
        b.ToTable("material_blobs");
        b.HasKey(f => f.FileId);
        b.Property(f => f.FileId).HasColumnName("file_id");
        b.Property(f => f.Content).HasColumnName("content");
    }
}
