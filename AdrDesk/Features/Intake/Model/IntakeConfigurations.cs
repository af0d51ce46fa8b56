using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Features.Intake.Model;

public sealed class IntakeDraftConfiguration : IEntityTypeConfiguration<IntakeDraft>
{
    public void Configure(EntityTypeBuilder<IntakeDraft> b)
    {
        b.ToTable("IntakeDrafts");
        b.HasKey(d => d.Id);
        b.Property(d => d.Scheme).HasConversion<string>().HasMaxLength(32);
        b.Property(d => d.AnswersJson).HasMaxLength(200_000);
        b.HasIndex(d => new { d.UserId, d.Scheme, d.Paper });
        b.HasIndex(d => d.ExpiresAt);
    }
}

public sealed class IntakeUploadConfiguration : IEntityTypeConfiguration<IntakeUpload>
{
    public void Configure(EntityTypeBuilder<IntakeUpload> b)
    {
        b.ToTable("IntakeUploads");
        b.HasKey(u => u.Id);
        b.Property(u => u.OriginalName).HasMaxLength(255);
        b.Property(u => u.ContentType).HasMaxLength(100);
        b.Property(u => u.StoredName).HasMaxLength(100);
        b.Property(u => u.CaseNumber).HasMaxLength(32);
        b.HasIndex(u => u.DraftId);
        b.HasIndex(u => u.CaseNumber);
    }
}
