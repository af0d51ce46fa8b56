using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Features.Cases.Invitations;

/// <summary>
/// Who accepting the invitation becomes: an account of the party's organisation, the consumer party itself (D9), or the
/// representative the party named (D7, issue 19 item 1).
/// </summary>
public enum InvitationKind
{
    Organisation,
    Consumer,
    Representative,
}

/// <summary>
/// Issue 14 item 2: a single-use link, mailed to a party no account of which is linked yet. Only the SHA-256 hash of
/// the token is stored; the link expires after <see cref="PartyInvitations.ValidFor"/>; a resend revokes the pending one.
/// </summary>
public sealed class PartyInvitation
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public Guid PartyId { get; set; }
    public string PartyName { get; set; } = "";
    public Guid? OrganisationId { get; set; }
    public InvitationKind Kind { get; set; }
    public string Email { get; set; } = "";
    public string Language { get; set; } = "nl";
    /// <summary>Lower-case hex SHA-256 of the token in the link.</summary>
    public string TokenHash { get; set; } = "";
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public Guid IssuedBy { get; set; }
    public string IssuedByName { get; set; } = "";
    public DateTimeOffset? AcceptedAt { get; set; }
    public Guid? AcceptedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public InvitationStatus StatusAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationStatus.Used
        : RevokedAt is not null ? InvitationStatus.Revoked
        : now >= ExpiresAt ? InvitationStatus.Expired
        : InvitationStatus.Pending;
}

public enum InvitationStatus
{
    Pending,
    Used,
    Expired,
    Revoked,
    Unknown,
}

internal sealed class PartyInvitationConfiguration : IEntityTypeConfiguration<PartyInvitation>
{
    public void Configure(EntityTypeBuilder<PartyInvitation> b)
    {
        b.ToTable("PartyInvitations");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.CaseNumber).HasMaxLength(32).IsRequired();
        b.Property(i => i.PartyName).HasMaxLength(200).IsRequired();
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Email).HasMaxLength(256).IsRequired();
        b.Property(i => i.Language).HasMaxLength(2).IsRequired();
        b.Property(i => i.TokenHash).HasMaxLength(64).IsRequired();
        b.Property(i => i.IssuedByName).HasMaxLength(200).IsRequired();
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.HasIndex(i => new { i.CaseNumber, i.PartyId });
    }
}
