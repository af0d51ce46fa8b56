using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;

namespace AdrDesk.Features.Intake;

// Named errors of the intake (style.md): the type is the name; the words are in Resources/ErrorResource*.resx.

public sealed record NotSignedIn() : DomainError();

public sealed record MayNotFileThisScheme() : DomainError();

/// <summary>D6: only desk staff enter paper filings.</summary>
public sealed record PaperEntryIsForStaff() : DomainError("D6");

public sealed record DraftExpired(DateTimeOffset ExpiredAt) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [AmsterdamCalendar.DateOf(ExpiredAt)];
}

public sealed record IntakeIncomplete(int Issues) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [Issues];
}

/// <summary>D25/D26: an automatic ground stops the filing; the reasons were shown at their steps.</summary>
public sealed record IntakeNotEligible(IReadOnlyList<EligibilityGround> Grounds) : DomainError("D25")
{
    public override IReadOnlyList<object?> Arguments => [Grounds];
}

public sealed record BusinessAccountWithoutOrganisation() : DomainError("D9");

public sealed record UploadTooLarge(long MaxBytes) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [MaxBytes / 1024 / 1024];
}

public sealed record UploadTypeRefused(string FileName) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [FileName];
}

public sealed record UploadLimitReached(int MaxFiles) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [MaxFiles];
}

public sealed record UploadNotFound() : DomainError();
