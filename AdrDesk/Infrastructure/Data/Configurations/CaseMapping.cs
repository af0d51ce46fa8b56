using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Infrastructure.Data.Configurations;

/// <summary>
/// What the three case tables share. Each scheme has its own table (no inheritance in the model:
/// <see cref="CaseBase"/> is not an entity), and so its own parties and deadlines tables, named
/// after the scheme. Enums are stored by name: readable in SQL and safe to reorder.
/// </summary>
internal static class CaseMapping
{
    public const string CaseIdColumn = "CaseId";

    /// <summary>Position in the aggregate's list; with the case id the key of every child table, so children load in the order they were added.</summary>
    public const string OrdinalColumn = "Ordinal";

    public static void MapCase<TCase>(EntityTypeBuilder<TCase> b, string prefix) where TCase : CaseBase
    {
        b.ToTable(prefix + "Cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Number).HasConversion<CaseNumberConverter>().HasMaxLength(20);
        b.HasIndex(c => c.Number).IsUnique();
        b.Property(c => c.Scheme).HasConversion<string>().HasMaxLength(30);
        // Every successful command steps Version once: UPDATE … WHERE Version = @expected.
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.PendingAudit);
        b.Ignore(c => c.PendingEvents);
        b.Ignore(c => c.StateName);

        b.OwnsMany(c => c.Parties, p =>
        {
            p.ToTable(prefix + "Parties");
            p.WithOwner().HasForeignKey(CaseIdColumn);
            OrderedKey(p);
            p.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
            p.Property(x => x.Name).HasMaxLength(300);
            p.Property(x => x.Representative).HasConversion<JsonValueConverter<Representative>>();
        });
        b.Navigation(c => c.Parties).Metadata.FieldInfo = BaseField("_parties");

        b.OwnsMany(c => c.Deadlines, d =>
        {
            d.ToTable(prefix + "Deadlines");
            d.WithOwner().HasForeignKey(CaseIdColumn);
            OrderedKey(d);
            d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            d.Property(x => x.Binds).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            d.Ignore(x => x.IsOpen);
            // The due-work query: open (Running/Extended) and due before now.
            d.HasIndex(x => new { x.Status, x.DueAt });
        });
        b.Navigation(c => c.Deadlines).Metadata.FieldInfo = BaseField("_deadlines");
    }

    /// <summary>
    /// HasField(name) looks on the entity's own type, where a private field of <see cref="CaseBase"/> is
    /// invisible to reflection; the field is found on the base type and given to EF directly.
    /// </summary>
    private static System.Reflection.FieldInfo BaseField(string name) =>
        typeof(CaseBase).GetField(name, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
        ?? throw new InvalidOperationException($"CaseBase has no field {name}.");

    /// <summary>
    /// (CaseId, Ordinal): the database has no notion of list order and the domain's ids are random, so the
    /// store numbers each child by its place in the aggregate's list (lists are append-only) and EF loads
    /// children ordered by key. A domain id, where the child has one, is an ordinary column.
    /// </summary>
    public static void OrderedKey<TOwner, TChild>(OwnedNavigationBuilder<TOwner, TChild> o)
        where TOwner : class
        where TChild : class
    {
        o.Property<int>(OrdinalColumn).ValueGeneratedNever();
        o.HasKey(CaseIdColumn, OrdinalColumn);
    }
}
