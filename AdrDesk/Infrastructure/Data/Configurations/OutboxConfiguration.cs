using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Infrastructure.Data.Configurations;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.HasKey(m => m.Id);
        b.Property(m => m.ToAddress).HasMaxLength(256);
        b.Property(m => m.ToName).HasMaxLength(200);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.Language).HasMaxLength(5);
        b.Property(m => m.CaseNumber).HasMaxLength(20);
        // The dispatcher's query: pending, due, oldest first.
        b.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        b.HasIndex(m => m.CaseNumber);
        b.OwnsMany(m => m.Attachments, a =>
        {
            a.ToTable("OutboxAttachments");
            a.WithOwner().HasForeignKey("MessageId");
            a.HasKey(x => x.Id);
            a.Property(x => x.FileName).HasMaxLength(260);
            a.Property(x => x.ContentType).HasMaxLength(100);
        });
        b.Navigation(m => m.Attachments).HasField("_attachments");
    }
}
