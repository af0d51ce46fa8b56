using AdrDesk.Features.Documents.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Features.Intake.Submission;

/// <summary>
/// A filing receipt that is owed but not yet issued (issue 5 items 5 and 12). The submission commits it with the case,
/// so the filer sees the confirmation without waiting for Chromium; <see cref="ReceiptDelivery"/> then issues the PDF
/// and, in one transaction, puts it in the outbox mail (online) or the print queue (paper, D21) and deletes this row.
/// The row holds everything the receipt needs because the draft it came from is deleted at submission.
/// </summary>
public sealed class PendingReceipt
{
    public Guid Id { get; set; }
    public string CaseNumber { get; set; } = "";
    /// <summary>The <see cref="FilingReceiptModel"/> as JSON, fixed at submission (date, filing time, answers).</summary>
    public string ModelJson { get; set; } = "{}";
    public Guid AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    /// <summary>Online filer: the address the receipt is mailed to.</summary>
    public string? MailTo { get; set; }
    /// <summary>Paper filer (D21): the postal address of the print-queue letter.</summary>
    public string? PostalAddress { get; set; }
    public Guid? PartyId { get; set; }
    public string RecipientName { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public string Language { get; set; } = "nl";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>
    /// The id the receipt is stored under, chosen at submission: the confirmation and the print queue can name it at once,
    /// and a retry finds the document already stored instead of issuing it twice.
    /// </summary>
    public Guid DocumentId { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}

internal sealed class PendingReceiptConfiguration : IEntityTypeConfiguration<PendingReceipt>
{
    public void Configure(EntityTypeBuilder<PendingReceipt> b)
    {
        b.ToTable("PendingReceipts");
        b.HasKey(r => r.Id);
        b.Property(r => r.CaseNumber).HasMaxLength(32).IsRequired();
        b.Property(r => r.ModelJson).IsRequired();
        b.Property(r => r.AuthorName).HasMaxLength(200).IsRequired();
        b.Property(r => r.MailTo).HasMaxLength(256);
        b.Property(r => r.PostalAddress).HasMaxLength(300);
        b.Property(r => r.RecipientName).HasMaxLength(200).IsRequired();
        b.Property(r => r.Subject).HasMaxLength(300).IsRequired();
        b.Property(r => r.Body).IsRequired();
        b.Property(r => r.Language).HasMaxLength(2).IsRequired();
        b.Property(r => r.LastError).HasMaxLength(1000);
        b.HasIndex(r => r.NextAttemptAt);
        b.HasIndex(r => r.CaseNumber);
    }
}
