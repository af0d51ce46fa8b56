using AdrDesk.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Features.Cases.DataRights;

/// <summary>
/// Issue 19 item 7: one row per case in which a person's personal text was erased at their request (account deletion,
/// GDPR art. 17) or the desk's. The audit trail's update trigger allows the erased markers on a case's entries only when the
/// case is erased (DataErased) or has such a row, written in the erasure's own transaction; the case's trail then carries
/// the erasure's own linked entry (<c>PersonalDataErased</c>), so the chain still verifies.
/// </summary>
public sealed class PersonErasure
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }

    /// <summary>The erased account's id (no name or address: those are what was erased).</summary>
    public Guid UserId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Who asked: the person themself (account deletion) or the desk's admin.</summary>
    public Guid ErasedBy { get; set; }
}

internal sealed class PersonErasureConfiguration : IEntityTypeConfiguration<PersonErasure>
{
    public void Configure(EntityTypeBuilder<PersonErasure> b)
    {
        b.ToTable("PersonErasures");
        b.HasKey(e => e.Id);
        b.HasIndex(e => e.CaseId);
    }
}

/// <summary>A person's account cannot be deleted or erased while a case of theirs is still open (its count, nothing more).</summary>
public sealed record AccountHasOpenCases(int Count) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Count];
}

/// <summary>The password given to confirm the account's deletion is not the account's.</summary>
public sealed record DeletionPasswordIncorrect() : DomainError;

/// <summary>Only the desk's administrator erases a person on request.</summary>
public sealed record ErasureByAdminOnly() : DomainError;

/// <summary>No account and no mail for this address or id: there is nothing to erase.</summary>
public sealed record NothingToErase() : DomainError;
