using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Features.Workbench.Data;

// Issue 7: ruling drafts with their versions and the panel's reviews; saved workbench filters.
internal sealed class RulingDraftConfiguration : IEntityTypeConfiguration<RulingDraft>
{
    public void Configure(EntityTypeBuilder<RulingDraft> b)
    {
        b.ToTable("RulingDrafts");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.CaseNumber).HasMaxLength(20);
        b.HasIndex(d => d.CaseNumber).IsUnique();
        b.Property(d => d.UpdatedByName).HasMaxLength(200);
        b.Property(d => d.Revision).IsConcurrencyToken();
        b.Property(d => d.Text).HasConversion(RulingTextJson.Converter).HasColumnName("TextJson");
    }
}

internal sealed class RulingDraftVersionConfiguration : IEntityTypeConfiguration<RulingDraftVersion>
{
    public void Configure(EntityTypeBuilder<RulingDraftVersion> b)
    {
        b.ToTable("RulingDraftVersions");
        b.HasKey(v => v.Id);
        b.Property(v => v.Id).ValueGeneratedNever();
        b.Property(v => v.SavedByName).HasMaxLength(200);
        b.Property(v => v.Text).HasConversion(RulingTextJson.Converter).HasColumnName("TextJson");
        b.HasOne<RulingDraft>().WithMany().HasForeignKey(v => v.DraftId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(v => new { v.DraftId, v.Revision });
    }
}

internal sealed class RulingReviewConfiguration : IEntityTypeConfiguration<RulingReview>
{
    public void Configure(EntityTypeBuilder<RulingReview> b)
    {
        b.ToTable("RulingReviews");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.AssessorName).HasMaxLength(200);
        b.Property(r => r.Text).HasMaxLength(4000);
        b.HasOne<RulingDraft>().WithMany().HasForeignKey(r => r.DraftId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.DraftId, r.At });
    }
}

internal sealed class SavedGridFilterConfiguration : IEntityTypeConfiguration<SavedGridFilter>
{
    public void Configure(EntityTypeBuilder<SavedGridFilter> b)
    {
        b.ToTable("SavedGridFilters");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Name).HasMaxLength(100);
        b.Property(f => f.Json).HasMaxLength(4000);
        b.HasIndex(f => new { f.UserId, f.Name }).IsUnique();
    }
}

internal static class RulingTextJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<RulingText, string> Converter = new(
        t => JsonSerializer.Serialize(t, Options),
        s => JsonSerializer.Deserialize<RulingText>(s, Options) ?? RulingText.Empty);
}
