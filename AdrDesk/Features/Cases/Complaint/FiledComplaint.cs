using AdrDesk.Domain.Schemes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Features.Cases.Complaint;

/// <summary>
/// D13, M6, B2: what the filer wrote at filing (the wizard, the paper form, the desk), kept with the case as the first
/// entry of its file: the account of the problem, what is asked, the dates and amounts, the other side's earlier reply,
/// and the documents uploaded with it. Written once, in the transaction that creates the case; never changed after.
/// </summary>
public sealed class FiledComplaint
{
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public Scheme Scheme { get; set; }
    public DateTimeOffset FiledAt { get; set; }

    /// <summary>Who filed, as the party is named in the case (a consumer, a webshop, a business client).</summary>
    public string FiledByName { get; set; } = "";
    public bool FiledByBusiness { get; set; }
    public bool OnPaper { get; set; }

    /// <summary>The filer's account of the problem.</summary>
    public string Complaint { get; set; } = "";

    /// <summary>What is asked (remedy, claim).</summary>
    public string? Remedy { get; set; }
    public decimal? ClaimTotal { get; set; }
    public string? Product { get; set; }
    public string? OrderNumber { get; set; }
    public DateOnly? OrderDate { get; set; }
    public decimal? ProductValue { get; set; }
    public decimal? ShippingCosts { get; set; }

    /// <summary>D4: when the filer first complained to the other side, and what it answered.</summary>
    public DateOnly? FirstReported { get; set; }
    public bool? ReplyReceived { get; set; }
    public string? EarlierReply { get; set; }

    public List<FiledComplaintDocument> Documents { get; set; } = [];
}

/// <summary>A document uploaded with the filing; its file stays where the intake stored it (<see cref="Id"/> is the upload's id).</summary>
public sealed class FiledComplaintDocument
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string FileName { get; set; } = "";
    public long Size { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Where the document is opened; the endpoint checks the caller's right to the case (D13).</summary>
    public static string Url(Guid id) => $"/cases/filed-documents/{id}";
}

internal sealed class FiledComplaintConfiguration : IEntityTypeConfiguration<FiledComplaint>
{
    public void Configure(EntityTypeBuilder<FiledComplaint> b)
    {
        b.ToTable("FiledComplaints");
        b.HasKey(c => c.CaseId);
        b.Property(c => c.CaseNumber).HasMaxLength(20);
        b.HasIndex(c => c.CaseNumber).IsUnique();
        b.Property(c => c.Scheme).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.FiledByName).HasMaxLength(300);
        b.Property(c => c.Complaint).HasMaxLength(20000);
        b.Property(c => c.Remedy).HasMaxLength(4000);
        b.Property(c => c.Product).HasMaxLength(300);
        b.Property(c => c.OrderNumber).HasMaxLength(100);
        b.Property(c => c.EarlierReply).HasMaxLength(20000);
        b.HasMany(c => c.Documents).WithOne().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FiledComplaintDocumentConfiguration : IEntityTypeConfiguration<FiledComplaintDocument>
{
    public void Configure(EntityTypeBuilder<FiledComplaintDocument> b)
    {
        b.ToTable("FiledComplaintDocuments");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.FileName).HasMaxLength(260);
        b.HasIndex(d => d.CaseId);
    }
}
