using AdrDesk.Domain.BindingRuling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static AdrDesk.Infrastructure.Data.Configurations.CaseMapping;

namespace AdrDesk.Infrastructure.Data.Configurations;

internal sealed class BindingRulingCaseConfiguration : IEntityTypeConfiguration<BindingRulingCase>
{
    public void Configure(EntityTypeBuilder<BindingRulingCase> b)
    {
        MapCase(b, "BindingRuling");
        b.Property(c => c.State).HasConversion<string>().HasMaxLength(40);
        b.Property(c => c.FiledBy).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.FilingLanguage).HasConversion<string>().HasMaxLength(5);
        b.Property(c => c.ProcedureLanguage).HasConversion<string>().HasMaxLength(5);
        b.Property(c => c.SettlementAttempt).HasConversion<JsonValueConverter<SettlementAttemptRecord>>();
        b.Ignore(c => c.Consumer);
        b.Ignore(c => c.Webshop);
        b.Ignore(c => c.Respondent);
        b.Ignore(c => c.CurrentPanel);
        b.Ignore(c => c.IsConductedInWriting);

        b.OwnsOne(c => c.Ruling, r =>
        {
            r.ToTable("Rulings");
            r.WithOwner().HasForeignKey(CaseIdColumn);
            r.Property(x => x.MustComply).HasConversion<string>().HasMaxLength(20);
        });
        b.OwnsOne(c => c.Deposit, d =>
        {
            d.ToTable("Deposits");
            d.WithOwner().HasForeignKey(CaseIdColumn);
            d.Property(x => x.Amount).HasConversion<MoneyToCentsConverter>();
            d.Property(x => x.Payer).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            d.Ignore(x => x.IsUnpaid);
        });

        b.OwnsMany(c => c.PanelHistory, s =>
        {
            s.ToTable("PanelSeats");
            s.WithOwner().HasForeignKey(CaseIdColumn);
            OrderedKey(s);
            s.Property(x => x.AssessorName).HasMaxLength(200);
            s.Ignore(x => x.IsCurrent);
            s.HasIndex(x => x.AssessorId);
        });
        b.Navigation(c => c.PanelHistory).HasField("_panel");

        b.OwnsMany(c => c.Challenges, x =>
        {
            x.ToTable("Challenges");
            x.WithOwner().HasForeignKey(CaseIdColumn);
            OrderedKey(x);
            x.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        });
        b.Navigation(c => c.Challenges).HasField("_challenges");

        b.OwnsMany(c => c.ConflictDeclarations, x =>
        {
            x.ToTable("ConflictDeclarations");
            x.WithOwner().HasForeignKey(CaseIdColumn);
            OrderedKey(x);
        });
        b.Navigation(c => c.ConflictDeclarations).HasField("_conflicts");

        b.OwnsMany(c => c.Submissions, x =>
        {
            x.ToTable("Submissions");
            x.WithOwner().HasForeignKey(CaseIdColumn);
            OrderedKey(x);
            x.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
            x.Property(s => s.AuthorRole).HasConversion<string>().HasMaxLength(20);
        });
        b.Navigation(c => c.Submissions).HasField("_submissions");

        b.OwnsMany(c => c.InformationRequests, x =>
        {
            x.ToTable("InformationRequests");
            x.WithOwner().HasForeignKey(CaseIdColumn);
            OrderedKey(x);
            x.Ignore(r => r.IsOpen);
        });
        b.Navigation(c => c.InformationRequests).HasField("_informationRequests");

        b.OwnsMany(c => c.StaffDecisions, x =>
        {
            x.ToTable("StaffDecisions");
            x.WithOwner().HasForeignKey(CaseIdColumn);
            OrderedKey(x);
            x.Property(d => d.RuleId).HasMaxLength(10);
            x.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
        });
        b.Navigation(c => c.StaffDecisions).HasField("_staffDecisions");

        b.OwnsMany(c => c.RefusalReasons, x =>
        {
            x.ToTable("RefusalReasons");
            x.WithOwner().HasForeignKey(CaseIdColumn);
            OrderedKey(x);
            x.Property(r => r.RuleId).HasMaxLength(10);
        });
        b.Navigation(c => c.RefusalReasons).HasField("_refusalReasons");

        b.HasIndex(c => c.State);
    }
}
