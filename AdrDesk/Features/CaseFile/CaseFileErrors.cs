using AdrDesk.Domain.Common;

namespace AdrDesk.Features.CaseFile;

/// <summary>Limits of what a person may upload or write, checked before anything is stored.</summary>
public static class CaseFileLimits
{
    public const int MaxTextLength = 20_000;
    public const int MaxFiles = 5;
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Extension → content type: only these are accepted, whatever the browser claims.</summary>
    public static readonly IReadOnlyDictionary<string, string> AllowedTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".txt"] = "text/plain",
    };
}

public sealed record TextTooLong(int Max) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Max];
}

public sealed record TooManyFiles(int Max) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Max];
}

public sealed record FileTooLarge(string FileName, long MaxBytes) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [FileName, MaxBytes / 1024 / 1024];
}

public sealed record FileTypeNotAllowed(string FileName) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [FileName];
}

/// <summary>The file's first bytes do not match its extension (a renamed executable, say).</summary>
public sealed record FileContentMismatch(string FileName) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [FileName];
}

/// <summary>What this person's role on the case does not allow (the domain's own checks come after).</summary>
public sealed record NotAllowedOnThisCase(string Action) : DomainError;

/// <summary>The action exists for binding-ruling cases only (submissions, withdrawal, settlement, representation).</summary>
public sealed record NotInThisScheme(string Action) : DomainError;

public sealed record SettlementAlreadyPending() : DomainError("D20");

public sealed record NoPendingSettlement() : DomainError("D20");

/// <summary>D20: a settlement ends the case only when the other party confirms it, never the reporter itself.</summary>
public sealed record OtherPartyMustConfirm() : DomainError("D20");

public sealed record InvitationNotFound() : DomainError("D7");

public sealed record InvalidEmail() : DomainError("D7");

public sealed record CannotRepresentYourself() : DomainError("D7");

public sealed record NoRepresentative() : DomainError("D7");

public sealed record AttachmentNotFound() : DomainError;

public sealed record PrintEntryNotFound() : DomainError("D21");
