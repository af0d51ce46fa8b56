using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Mediation;

// Named errors of the mediation feature (the domain's own errors are in Domain/Mediation).

public sealed record SlotInThePast() : DomainError("M7");

public sealed record SlotLengthInvalid() : DomainError("M7");

public sealed record MediatorUnavailable(string Label) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Label];
}

public sealed record OutsideWeeklyHours() : DomainError;

/// <summary>Issue 8 item 3: no double booking of a mediator or an office room.</summary>
public sealed record DoubleBooking(DateTimeOffset OtherStart, string What) : DomainError("M5")
{
    public override IReadOnlyList<object?> Arguments => [What, OtherStart];
}

public sealed record OfficeRequired() : DomainError("M5");

public sealed record SlotRequired() : DomainError("M7");

public sealed record AppointmentNotFound() : DomainError;

public sealed record AppointmentNotOpen() : DomainError("M7");

public sealed record AlreadyResponded() : DomainError("M7");

public sealed record ReasonRequired() : DomainError;

public sealed record NoticePeriodPassed(int Hours) : DomainError("M7")
{
    public override IReadOnlyList<object?> Arguments => [Hours];
}

public sealed record SessionNotYetStarted() : DomainError("M3");

public sealed record NotAllowedInMediation() : DomainError;

public sealed record OnlyPartiesMayDoThis() : DomainError;

/// <summary>The desk chose someone who is not (or no longer) a mediator.</summary>
public sealed record MediatorNotFound() : DomainError("M2");

public sealed record NotInSchedulingStage() : DomainError("M7");

public sealed record AgreementNotDrafted() : DomainError("M9");

public sealed record SignatureNameMismatch() : DomainError("M9");

public sealed record SignedVersionChanged() : DomainError("M9");

public sealed record OpenChangeProposals() : DomainError("M9");

public sealed record UploadTooLarge(string FileName, long MaxBytes) : DomainError
{
    public override string Code => "MediationUploadTooLarge";
    public override IReadOnlyList<object?> Arguments => [FileName, MaxBytes / 1024 / 1024];
}

/// <summary>Judged by the file's first bytes, and the name must say the same.</summary>
public sealed record UploadTypeNotAllowed(string FileName) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [FileName];
}

public sealed record TooManyPositionDocuments(int Max) : DomainError("M6")
{
    public override IReadOnlyList<object?> Arguments => [Max];
}

public sealed record PositionDocumentsClosed() : DomainError("M6");

public sealed record MediationFileNotFound() : DomainError;

public sealed record ScanAwaitingVerification() : DomainError("M9");

public sealed record ScanAlreadyDecided() : DomainError("M9");

public sealed record OnlyStaffOrMediatorVerify() : DomainError("M9");

public sealed record AlreadyIntroduced() : DomainError("M4");

public sealed record NotInIntroductionStage() : DomainError("M4");
