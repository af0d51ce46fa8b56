using AdrDesk.Domain.Cases;
using AdrDesk.Infrastructure.Data.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Infrastructure.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string SequenceColumn = "Sequence";
    private const string CaseIdColumn = nameof(AuditEntry.CaseId);

    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        // Append-only: the app only inserts, and triggers (20261121000100_AuditAppendOnly.sql) refuse UPDATE and DELETE.
        b.ToTable("AuditTrail");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.CaseNumber).HasMaxLength(20);
        b.Property(a => a.ActorName).HasMaxLength(200);
        // Whom the person acted for (a webshop's colleague, a representative): the organisation next to the person.
        b.Property(a => a.OnBehalfOf).HasMaxLength(300);
        b.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Action).HasMaxLength(100);
        b.HasIndex(a => new { a.CaseId, a.At });
        // The entry's place in its case's trail: several entries of one command share their instant.
        b.Property<int>(SequenceColumn);
        b.HasIndex(CaseIdColumn, SequenceColumn).IsUnique();
        // Issue 19 item 9: the hash chain per case (AuditChain), filled just before the INSERT by AuditChainInterceptor.
        // Nullable only for rows of a database from before the chain until the start-up seal (AuditChainSeal) has run.
        b.Property<string?>(AuditChain.SaltColumn).HasMaxLength(32);
        b.Property<string?>(AuditChain.PersonalDigestColumn).HasMaxLength(64);
        b.Property<string?>(AuditChain.HashColumn).HasMaxLength(64);
    }
}

internal sealed class CaseSummaryConfiguration : IEntityTypeConfiguration<CaseSummary>
{
    public void Configure(EntityTypeBuilder<CaseSummary> b)
    {
        b.ToTable("CaseSummaries");
        b.HasKey(s => s.CaseId);
        b.Property(s => s.CaseId).ValueGeneratedNever();
        b.Property(s => s.Number).HasMaxLength(20);
        b.Property(s => s.Scheme).HasConversion<string>().HasMaxLength(30);
        b.Property(s => s.State).HasMaxLength(40);
        b.Property(s => s.ConsumerName).HasMaxLength(300);
        b.Property(s => s.WebshopName).HasMaxLength(300);
        b.Property(s => s.AssessorName).HasMaxLength(200);
        b.Property(s => s.NextDeadlineKind).HasConversion<string>().HasMaxLength(30);
        b.Property(s => s.ProcedureLanguage).HasConversion<string>().HasMaxLength(5);
        b.HasIndex(s => s.Number).IsUnique();
        // The workbench: filter by state, sort by the next deadline; an assessor's or mediator's own cases.
        b.HasIndex(s => new { s.State, s.NextDeadlineAt });
        b.HasIndex(s => new { s.Scheme, s.State });
        b.HasIndex(s => s.NextDeadlineAt);
        b.HasIndex(s => new { s.AssessorId, s.State });
        // An assessor's own cases by next deadline: without it SQLite sorts all of the assessor's rows in a temp
        // B-tree for every page (performance lab, issue 9: EXPLAIN QUERY PLAN of the case grid).
        b.HasIndex(s => new { s.AssessorId, s.NextDeadlineAt });
        // The workbench grid of an assessor (issue 7/9): a seat's summary looked up by CaseId with every column the grid
        // filters or sorts on, so count and sort never touch the table (20261122000200_WorkbenchGridCover.sql).
        b.HasIndex(s => new { s.CaseId, s.State, s.NextDeadlineAt, s.Number, s.WebshopName, s.AmountClaimed, s.ProcedureLanguage, s.Scheme }).HasDatabaseName("IX_CaseSummaries_WorkbenchGrid");
        b.HasIndex(s => s.MediatorId);
        b.HasIndex(s => s.ConsumerUserId);
        b.HasIndex(s => s.BusinessUserId);
        b.HasIndex(s => s.OrganisationId);
        b.HasIndex(s => s.ClientOrganisationId);
        b.HasIndex(s => s.CreatedAt);
    }
}

internal sealed class CaseParticipantConfiguration : IEntityTypeConfiguration<CaseParticipant>
{
    public void Configure(EntityTypeBuilder<CaseParticipant> b)
    {
        b.ToTable("CaseParticipants");
        b.HasKey(p => p.Id);
        b.Property(p => p.Relation).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Email).HasMaxLength(256);
        b.Property(p => p.Name).HasMaxLength(300);
        b.HasOne<CaseSummary>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        // Covering for "my cases" (the workbench grid, issue 7): a user's seats by relation without touching the
        // table; its UserId prefix serves every lookup by user.
        b.HasIndex(p => new { p.UserId, p.Relation, p.CaseId });
        b.HasIndex(p => p.OrganisationId);
        b.HasIndex(p => p.Email);
    }
}

internal sealed class CaseNumberSequenceConfiguration : IEntityTypeConfiguration<CaseNumberSequence>
{
    public void Configure(EntityTypeBuilder<CaseNumberSequence> b)
    {
        b.ToTable("CaseNumberSequences");
        b.HasKey(s => new { s.Scheme, s.Year });
        b.Property(s => s.Scheme).HasConversion<string>().HasMaxLength(30);
    }
}
