using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Features.Documents.Store;

internal sealed class StoredDocumentConfiguration : IEntityTypeConfiguration<StoredDocument>
{
    public void Configure(EntityTypeBuilder<StoredDocument> b)
    {
        b.ToTable("Documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever(); // the issuer chooses it: a retried issue hits the same id
        b.Property(d => d.CaseNumber).HasMaxLength(20);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(d => d.Language).HasConversion<string>().HasMaxLength(2);
        b.Property(d => d.Title).HasMaxLength(300);
        b.Property(d => d.FileName).HasMaxLength(260);
        b.Property(d => d.ContentType).HasMaxLength(100);
        b.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        b.Property(d => d.AuthorName).HasMaxLength(200);
        b.Property(d => d.StorageName).HasMaxLength(64);
        b.HasIndex(d => d.StorageName).IsUnique();
        // The case file lists a case's documents.
        b.HasIndex(d => d.CaseNumber);
        // At most one correction per version: the versions of a document form a chain, not a tree.
        b.HasIndex(d => d.SupersedesId).IsUnique();
        b.HasOne<StoredDocument>().WithMany().HasForeignKey(d => d.SupersedesId).OnDelete(DeleteBehavior.Restrict);
    }
}
