using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Features.CaseFile.Data;

internal sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> b)
    {
        b.ToTable("CaseMessages");
        b.HasKey(m => m.Id);
        b.Property(m => m.CaseNumber).HasMaxLength(32).IsRequired();
        b.Property(m => m.AuthorName).HasMaxLength(200).IsRequired();
        b.Property(m => m.AuthorRole).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Body).HasMaxLength(CaseFileLimits.MaxTextLength).IsRequired();
        b.HasIndex(m => new { m.CaseNumber, m.PostedAt });
    }
}

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> b)
    {
        b.ToTable("CaseAttachments");
        b.HasKey(a => a.Id);
        b.Property(a => a.CaseNumber).HasMaxLength(32).IsRequired();
        b.Property(a => a.FileName).HasMaxLength(200).IsRequired();
        b.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        b.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        b.Property(a => a.StorageName).HasMaxLength(64).IsRequired();
        b.HasIndex(a => a.CaseNumber);
        b.HasIndex(a => a.OwnerId);
    }
}

internal sealed class UserNotificationConfiguration : IEntityTypeConfiguration<UserNotification>
{
    public void Configure(EntityTypeBuilder<UserNotification> b)
    {
        b.ToTable("UserNotifications");
        b.HasKey(n => n.Id);
        b.Property(n => n.CaseNumber).HasMaxLength(32).IsRequired();
        b.Property(n => n.Kind).HasMaxLength(60).IsRequired();
        b.Property(n => n.Link).HasMaxLength(200).IsRequired();
        b.HasIndex(n => new { n.UserId, n.ReadAt });
        b.HasIndex(n => new { n.UserId, n.CreatedAt });
    }
}

internal sealed class PrintQueueEntryConfiguration : IEntityTypeConfiguration<PrintQueueEntry>
{
    public void Configure(EntityTypeBuilder<PrintQueueEntry> b)
    {
        b.ToTable("PrintQueue");
        b.HasKey(p => p.Id);
        b.Property(p => p.CaseNumber).HasMaxLength(32).IsRequired();
        b.Property(p => p.RecipientName).HasMaxLength(200).IsRequired();
        b.Property(p => p.Address).HasMaxLength(300);
        b.Property(p => p.Subject).HasMaxLength(300).IsRequired();
        b.Property(p => p.Body).HasMaxLength(CaseFileLimits.MaxTextLength).IsRequired();
        b.Property(p => p.Language).HasMaxLength(2).IsRequired();
        b.Property(p => p.SentBy).HasMaxLength(200);
        b.HasIndex(p => new { p.SentAt, p.CreatedAt });
    }
}

internal sealed class RepresentativeInvitationConfiguration : IEntityTypeConfiguration<RepresentativeInvitation>
{
    public void Configure(EntityTypeBuilder<RepresentativeInvitation> b)
    {
        b.ToTable("RepresentativeInvitations");
        b.HasKey(i => i.Id);
        b.Property(i => i.CaseNumber).HasMaxLength(32).IsRequired();
        b.Property(i => i.PartyName).HasMaxLength(200).IsRequired();
        b.Property(i => i.Email).HasMaxLength(256).IsRequired();
        b.Property(i => i.Name).HasMaxLength(200).IsRequired();
        b.Property(i => i.Capacity).HasMaxLength(200).IsRequired();
        b.Property(i => i.InvitedByName).HasMaxLength(200).IsRequired();
        b.Ignore(i => i.IsPending);
        b.HasIndex(i => i.CaseNumber);
        b.HasIndex(i => i.Email);
    }
}

internal sealed class SettlementReportConfiguration : IEntityTypeConfiguration<SettlementReport>
{
    public void Configure(EntityTypeBuilder<SettlementReport> b)
    {
        b.ToTable("SettlementReports");
        b.HasKey(s => s.Id);
        b.Property(s => s.CaseNumber).HasMaxLength(32).IsRequired();
        b.Property(s => s.ReportedBy).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.ReportedByName).HasMaxLength(200).IsRequired();
        b.Property(s => s.ConfirmedByName).HasMaxLength(200);
        b.Property(s => s.Terms).HasMaxLength(CaseFileLimits.MaxTextLength).IsRequired();
        b.Ignore(s => s.IsPending);
        b.HasIndex(s => s.CaseNumber);
    }
}

internal sealed class NoticeCursorConfiguration : IEntityTypeConfiguration<NoticeCursor>
{
    public void Configure(EntityTypeBuilder<NoticeCursor> b)
    {
        b.ToTable("NoticeCursors");
        b.HasKey(c => c.Name);
        b.Property(c => c.Name).HasMaxLength(100);
    }
}
