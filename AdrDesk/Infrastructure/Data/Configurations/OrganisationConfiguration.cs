using AdrDesk.Domain.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Infrastructure.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.ToTable("Organisations");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.LegalName).HasMaxLength(200);
        b.Property(o => o.KvkNumber)
            .HasConversion(k => k.Value, v => KvkNumber.Create(v).Value)
            .HasMaxLength(8);
        b.Property(o => o.CountryOfEstablishment)
            .HasConversion(c => c.Value, v => CountryCode.Of(v))
            .HasMaxLength(2);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(o => o.StatusReason).HasMaxLength(1000);
        b.Property(o => o.CertificationMark).HasMaxLength(200);
        // Issue 14: how the desk reaches the organisation (the Domain's OrganisationContact, stored flat).
        b.Ignore(o => o.Contact);
        b.Property(o => o.ContactEmail).HasMaxLength(254);
        b.Property(o => o.ContactStreet).HasMaxLength(200);
        b.Property(o => o.ContactPostalCode).HasMaxLength(12);
        b.Property(o => o.ContactCity).HasMaxLength(100);
        b.Property(o => o.ContactCountry).HasMaxLength(2);
        b.Property(o => o.ContactPerson).HasMaxLength(200);
        b.Property(o => o.ContactPhone).HasMaxLength(30);

        // A handful of addresses per organisation, always read with it: a JSON array in one column.
        b.PrimitiveCollection(o => o.WebAddresses)
            .HasField("_webAddresses")
            .UsePropertyAccessMode(PropertyAccessMode.Field);

        // D5, D25i: the periods answer "affiliated on the order date" and "subscribed at filing".
        b.OwnsMany(o => o.Subscriptions, s =>
        {
            s.ToTable("OrganisationSubscriptions");
            s.WithOwner().HasForeignKey("OrganisationId");
            s.Property<int>("Id");
            s.HasKey("Id");
            s.Property(p => p.From);
            s.Property(p => p.To);
        });
        b.Navigation(o => o.Subscriptions).HasField("_subscriptions");

        // The intake looks webshops up by KvK number (exact) and by name.
        b.HasIndex(o => o.KvkNumber).IsUnique();
        b.HasIndex(o => o.LegalName);
    }
}

internal sealed class RegisterChangeConfiguration : IEntityTypeConfiguration<RegisterChange>
{
    public void Configure(EntityTypeBuilder<RegisterChange> b)
    {
        b.ToTable("RegisterChanges");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.ActorName).HasMaxLength(200);
        b.Property(c => c.ActorRole).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.What).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.Before).HasMaxLength(2000);
        b.Property(c => c.After).HasMaxLength(2000);
        // Append-only history of one organisation, read newest first.
        b.HasIndex(c => new { c.OrganisationId, c.At });
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
