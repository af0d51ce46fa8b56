using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.Mediation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static AdrDesk.Infrastructure.Data.Configurations.CaseMapping;

namespace AdrDesk.Infrastructure.Data.Configurations;

internal sealed class MediationCaseConfiguration : IEntityTypeConfiguration<MediationCase>
{
    public void Configure(EntityTypeBuilder<MediationCase> b)
    {
        MapCase(b, "Mediation");
        b.Property(c => c.State).HasConversion<string>().HasMaxLength(40);
        b.Property(c => c.AgreementKind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.MediatorName).HasMaxLength(200);
        b.Ignore(c => c.IsConfidential);
        b.Ignore(c => c.IsEnforceable);

        b.OwnsMany(c => c.Acknowledgements, x =>
        {
            x.ToTable("MediationAcknowledgements");
            x.WithOwner().HasForeignKey(CaseIdColumn);
            OrderedKey(x);
        });
        b.Navigation(c => c.Acknowledgements).HasField("_acknowledgements");

        // M6: positions have no public collection (only PositionsVisibleTo); mapped on the field.
        b.OwnsMany<Position>("_positions", x =>
        {
            x.ToTable("MediationPositions");
            x.WithOwner().HasForeignKey(CaseIdColumn);
            OrderedKey(x);
        });

        b.OwnsMany(c => c.Sessions, x =>
        {
            x.ToTable("MediationSessions");
            x.WithOwner().HasForeignKey(CaseIdColumn);
            OrderedKey(x);
        });
        b.Navigation(c => c.Sessions).HasField("_sessions");

        b.OwnsMany(c => c.Signatures, x =>
        {
            x.ToTable("MediationSignatures");
            x.WithOwner().HasForeignKey(CaseIdColumn);
            OrderedKey(x);
        });
        b.Navigation(c => c.Signatures).HasField("_signatures");

        b.HasIndex(c => c.State);
    }
}

internal sealed class BemiddelingCaseConfiguration : IEntityTypeConfiguration<BemiddelingCase>
{
    public void Configure(EntityTypeBuilder<BemiddelingCase> b)
    {
        MapCase(b, "Bemiddeling");
        b.Property(c => c.State).HasConversion<string>().HasMaxLength(40);
        b.HasIndex(c => c.State);
    }
}
