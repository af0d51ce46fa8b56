using AdrDesk.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Features.PublishedRulings.Data;

/// <summary>What the dispute was about, as the public register filters it (the desk picks it; a suggestion comes from the complaint).</summary>
public enum RulingSubject
{
    NotDelivered,
    Defective,
    Withdrawal,
    Refund,
    Other,
}

/// <summary>The outcome for the consumer's claim, as the public register filters it.</summary>
public enum RulingOutcome
{
    Upheld,
    PartlyUpheld,
    Rejected,
}

public enum PublicationStatus
{
    /// <summary>Prepared or corrected, not public.</summary>
    Draft,
    /// <summary>Approved by a case manager: public.</summary>
    Approved,
    /// <summary>Taken off the public pages by a case manager.</summary>
    Withdrawn,
}

/// <summary>
/// Issue 20 item 2: the published, anonymised version of one final binding ruling. Public only while
/// <see cref="Status"/> is <see cref="PublicationStatus.Approved"/>: a person approved exactly this text. The original stays
/// in the case; this row holds only the version the desk corrected. Erased with the case's data (D24, <see cref="PublishedRulingRows"/>).
/// </summary>
public sealed class PublishedRuling
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public Language Language { get; set; }
    public RulingSubject Subject { get; set; }
    public RulingOutcome Outcome { get; set; }
    /// <summary>The year the ruling was issued (Amsterdam calendar).</summary>
    public int Year { get; set; }
    public DateOnly RulingDate { get; set; }
    public Guid? OrganisationId { get; set; }
    public string WebshopName { get; set; } = "";

    public string Decision { get; set; } = "";
    public string Reasons { get; set; } = "";
    public string Compliance { get; set; } = "";
    /// <summary>The three texts and the webshop in lower case, for a search that ignores case on every provider.</summary>
    public string SearchText { get; set; } = "";

    public PublicationStatus Status { get; set; }
    public Guid PreparedById { get; set; }
    public string PreparedByName { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? ApprovedById { get; set; }
    public string? ApprovedByName { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public Guid? WithdrawnById { get; set; }
    public string? WithdrawnByName { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawnReason { get; set; }

    public bool IsPublic => Status == PublicationStatus.Approved;
}

internal sealed class PublishedRulingConfiguration : IEntityTypeConfiguration<PublishedRuling>
{
    public const int MaxText = 20_000;

    public void Configure(EntityTypeBuilder<PublishedRuling> b)
    {
        b.ToTable("PublishedRulings");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.CaseNumber).HasMaxLength(20);
        // One published version per case: preparing again edits it.
        b.HasIndex(r => r.CaseNumber).IsUnique();
        b.Property(r => r.Language).HasConversion<string>().HasMaxLength(2);
        b.Property(r => r.Subject).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.WebshopName).HasMaxLength(200);
        b.Property(r => r.Decision).HasMaxLength(MaxText);
        b.Property(r => r.Reasons).HasMaxLength(MaxText);
        b.Property(r => r.Compliance).HasMaxLength(MaxText);
        b.Property(r => r.PreparedByName).HasMaxLength(200);
        b.Property(r => r.ApprovedByName).HasMaxLength(200);
        b.Property(r => r.WithdrawnByName).HasMaxLength(200);
        b.Property(r => r.WithdrawnReason).HasMaxLength(1000);
        // The public list: approved ones, newest first; a webshop's page.
        b.HasIndex(r => new { r.Status, r.RulingDate });
        b.HasIndex(r => new { r.OrganisationId, r.Status });
    }
}
