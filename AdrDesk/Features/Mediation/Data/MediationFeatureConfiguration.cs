using AdrDesk.Features.Mediation.Agreement;
using AdrDesk.Features.Mediation.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Features.Mediation.Data;

// The mediation feature's own tables: offices, availability, sessions (logistics only, M3), agreement versions and signatures.

internal sealed class MediatorOfficeConfiguration : IEntityTypeConfiguration<MediatorOffice>
{
    public void Configure(EntityTypeBuilder<MediatorOffice> e)
    {
        e.ToTable("MediatorOffices");
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Street).HasMaxLength(200);
        e.Property(x => x.PostalCode).HasMaxLength(20);
        e.Property(x => x.City).HasMaxLength(100);
        e.Ignore(x => x.Address);
        e.HasMany(x => x.Rooms).WithOne().HasForeignKey(r => r.OfficeId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.MediatorId);
    }
}

internal sealed class OfficeRoomConfiguration : IEntityTypeConfiguration<OfficeRoom>
{
    public void Configure(EntityTypeBuilder<OfficeRoom> e)
    {
        e.ToTable("OfficeRooms");
        e.Property(x => x.Name).HasMaxLength(100);
    }
}

internal sealed class WeeklyHoursConfiguration : IEntityTypeConfiguration<WeeklyHours>
{
    public void Configure(EntityTypeBuilder<WeeklyHours> e)
    {
        e.ToTable("MediatorWeeklyHours");
        e.Property(x => x.Day).HasConversion<string>().HasMaxLength(10);
        e.HasIndex(x => x.MediatorId);
    }
}

internal sealed class AvailabilityExceptionConfiguration : IEntityTypeConfiguration<AvailabilityException>
{
    public void Configure(EntityTypeBuilder<AvailabilityException> e)
    {
        e.ToTable("MediatorAvailabilityExceptions");
        e.Property(x => x.Label).HasMaxLength(200);
        e.HasIndex(x => new { x.MediatorId, x.FromDate });
    }
}

internal sealed class SessionAppointmentConfiguration : IEntityTypeConfiguration<SessionAppointment>
{
    public void Configure(EntityTypeBuilder<SessionAppointment> e)
    {
        e.ToTable("MediationAppointments");
        e.Property(x => x.CaseNumber).HasMaxLength(20);
        e.Property(x => x.Location).HasMaxLength(500);
        e.Property(x => x.RoomName).HasMaxLength(100);
        e.Property(x => x.CancelReason).HasMaxLength(1000);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.Ignore(x => x.BlocksCalendar);
        e.Ignore(x => x.DurationMinutes);
        e.Ignore(x => x.IcsUid);
        // Double-booking checks and the calendar read by mediator or room and time.
        e.HasIndex(x => new { x.MediatorId, x.StartsAt });
        e.HasIndex(x => new { x.RoomId, x.StartsAt });
        e.HasIndex(x => x.CaseId);
        // Reminders: confirmed sessions by start.
        e.HasIndex(x => new { x.Status, x.StartsAt });
    }
}

internal sealed class SlotResponseConfiguration : IEntityTypeConfiguration<SlotResponse>
{
    public void Configure(EntityTypeBuilder<SlotResponse> e)
    {
        e.ToTable("MediationSlotResponses");
        e.Property(x => x.Reason).HasMaxLength(1000);
        e.HasIndex(x => new { x.AppointmentId, x.PartyId }).IsUnique();
    }
}

internal sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> e)
    {
        e.ToTable("MediationAttendance");
        e.HasIndex(x => new { x.AppointmentId, x.PartyId }).IsUnique();
    }
}

internal sealed class AgreementVersionConfiguration : IEntityTypeConfiguration<AgreementVersion>
{
    public void Configure(EntityTypeBuilder<AgreementVersion> e)
    {
        e.ToTable("MediationAgreementVersions");
        e.Property(x => x.CaseNumber).HasMaxLength(20);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.Language).HasMaxLength(2);
        e.Ignore(x => x.TermLines);
        e.HasIndex(x => new { x.CaseNumber, x.Number }).IsUnique();
    }
}

internal sealed class ChangeProposalConfiguration : IEntityTypeConfiguration<ChangeProposal>
{
    public void Configure(EntityTypeBuilder<ChangeProposal> e)
    {
        e.ToTable("MediationChangeProposals");
        e.Property(x => x.CaseNumber).HasMaxLength(20);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(x => x.CaseNumber);
    }
}

internal sealed class AgreementSignatureConfiguration : IEntityTypeConfiguration<AgreementSignature>
{
    public void Configure(EntityTypeBuilder<AgreementSignature> e)
    {
        e.ToTable("MediationAgreementSignatures");
        e.Property(x => x.CaseNumber).HasMaxLength(20);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.IpAddress).HasMaxLength(64);
        e.HasIndex(x => new { x.CaseNumber, x.PartyId }).IsUnique();
    }
}

internal sealed class SignedAgreementConfiguration : IEntityTypeConfiguration<SignedAgreement>
{
    public void Configure(EntityTypeBuilder<SignedAgreement> e)
    {
        e.ToTable("MediationSignedAgreements");
        e.Property(x => x.CaseNumber).HasMaxLength(20);
        e.HasIndex(x => x.CaseNumber).IsUnique();
    }
}

internal sealed class PositionDocumentConfiguration : IEntityTypeConfiguration<Files.PositionDocument>
{
    public void Configure(EntityTypeBuilder<Files.PositionDocument> e)
    {
        e.ToTable("MediationPositionDocuments");
        e.Property(x => x.CaseNumber).HasMaxLength(20);
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.StorageName).HasMaxLength(100);
        e.HasIndex(x => x.CaseNumber);
    }
}

internal sealed class SignedScanConfiguration : IEntityTypeConfiguration<Files.SignedScan>
{
    public void Configure(EntityTypeBuilder<Files.SignedScan> e)
    {
        e.ToTable("MediationSignedScans");
        e.Property(x => x.CaseNumber).HasMaxLength(20);
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.VersionSha256).HasMaxLength(64);
        e.Property(x => x.StorageName).HasMaxLength(100);
        e.Property(x => x.IpAddress).HasMaxLength(64);
        e.Property(x => x.RejectionReason).HasMaxLength(1000);
        // A decision is written only over a pending scan (two verifiers cannot both decide).
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        e.HasIndex(x => x.CaseNumber);
    }
}

internal sealed class MediationIntroductionConfiguration : IEntityTypeConfiguration<Files.MediationIntroduction>
{
    public void Configure(EntityTypeBuilder<Files.MediationIntroduction> e)
    {
        e.ToTable("MediationIntroductions");
        e.Property(x => x.CaseNumber).HasMaxLength(20);
        e.Property(x => x.Channel).HasMaxLength(10);
        e.HasIndex(x => new { x.CaseNumber, x.PartyId }).IsUnique();
    }
}

internal sealed class MediationPostLetterConfiguration : IEntityTypeConfiguration<Files.MediationPostLetter>
{
    public void Configure(EntityTypeBuilder<Files.MediationPostLetter> e)
    {
        e.ToTable("MediationPostLetters");
        e.Property(x => x.CaseNumber).HasMaxLength(20);
        e.Property(x => x.PartyName).HasMaxLength(200);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.StorageName).HasMaxLength(100);
        e.Property(x => x.RecordedByName).HasMaxLength(200);
        e.HasIndex(x => x.CaseNumber);
    }
}
