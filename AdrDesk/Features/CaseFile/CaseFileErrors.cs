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
    protected override LocalizedText Text => new(
        $"De tekst is te lang (maximaal {Max} tekens).", $"The text is too long (at most {Max} characters).", $"Der Text ist zu lang (höchstens {Max} Zeichen).");
}

public sealed record TooManyFiles(int Max) : DomainError
{
    protected override LocalizedText Text => new(
        $"U kunt maximaal {Max} bestanden tegelijk toevoegen.", $"You can add at most {Max} files at once.", $"Sie können höchstens {Max} Dateien hinzufügen.");
}

public sealed record FileTooLarge(string FileName, long MaxBytes) : DomainError
{
    protected override LocalizedText Text => new(
        $"{FileName} is te groot (maximaal {MaxBytes / 1024 / 1024} MB).", $"{FileName} is too large (at most {MaxBytes / 1024 / 1024} MB).",
        $"{FileName} ist zu groß (höchstens {MaxBytes / 1024 / 1024} MB).");
}

public sealed record FileTypeNotAllowed(string FileName) : DomainError
{
    protected override LocalizedText Text => new(
        $"{FileName}: alleen pdf, jpg, png en txt zijn toegestaan.", $"{FileName}: only pdf, jpg, png and txt are allowed.",
        $"{FileName}: nur pdf, jpg, png und txt sind erlaubt.");
}

/// <summary>The file's first bytes do not match its extension (a renamed executable, say).</summary>
public sealed record FileContentMismatch(string FileName) : DomainError
{
    protected override LocalizedText Text => new(
        $"{FileName}: de inhoud past niet bij het bestandstype.", $"{FileName}: the content does not match the file type.",
        $"{FileName}: der Inhalt passt nicht zum Dateityp.");
}

/// <summary>What this person's role on the case does not allow (the domain's own checks come after).</summary>
public sealed record NotAllowedOnThisCase(string Action) : DomainError
{
    protected override LocalizedText Text => new(
        "U kunt dit in deze zaak niet doen.", "You cannot do this in this case.", "Sie können dies in diesem Fall nicht tun.");
}

/// <summary>The action exists for binding-ruling cases only (submissions, withdrawal, settlement, representation).</summary>
public sealed record NotInThisScheme(string Action) : DomainError
{
    protected override LocalizedText Text => new(
        "Dit kan niet in deze regeling.", "This is not possible in this scheme.", "Dies ist in dieser Regelung nicht möglich.");
}

public sealed record SettlementAlreadyPending() : DomainError("D20")
{
    protected override LocalizedText Text => new(
        "Er is al een schikking gemeld die op bevestiging wacht.", "A settlement is already waiting for confirmation.",
        "Ein Vergleich wartet bereits auf Bestätigung.");
}

public sealed record NoPendingSettlement() : DomainError("D20")
{
    protected override LocalizedText Text => new(
        "Er is geen schikking die op uw bevestiging wacht.", "There is no settlement waiting for your confirmation.",
        "Es gibt keinen Vergleich, der auf Ihre Bestätigung wartet.");
}

/// <summary>D20: a settlement ends the case only when the other party confirms it, never the reporter itself.</summary>
public sealed record OtherPartyMustConfirm() : DomainError("D20")
{
    protected override LocalizedText Text => new(
        "De andere partij moet de schikking bevestigen.", "The other party must confirm the settlement.",
        "Die andere Partei muss den Vergleich bestätigen.");
}

public sealed record InvitationNotFound() : DomainError("D7")
{
    protected override LocalizedText Text => new(
        "Deze uitnodiging bestaat niet of is niet voor u.", "This invitation does not exist or is not for you.",
        "Diese Einladung existiert nicht oder ist nicht für Sie.");
}

public sealed record InvalidEmail() : DomainError("D7")
{
    protected override LocalizedText Text => new(
        "Vul een geldig e-mailadres in.", "Enter a valid e-mail address.", "Geben Sie eine gültige E-Mail-Adresse ein.");
}

public sealed record CannotRepresentYourself() : DomainError("D7")
{
    protected override LocalizedText Text => new(
        "U kunt uzelf niet als vertegenwoordiger uitnodigen.", "You cannot invite yourself as representative.",
        "Sie können sich nicht selbst als Vertreter einladen.");
}

public sealed record NoRepresentative() : DomainError("D7")
{
    protected override LocalizedText Text => new(
        "Er is geen vertegenwoordiger of uitnodiging om in te trekken.", "There is no representative or invitation to revoke.",
        "Es gibt keinen Vertreter und keine Einladung zum Widerrufen.");
}

public sealed record AttachmentNotFound() : DomainError
{
    protected override LocalizedText Text => new("Bijlage niet gevonden.", "Attachment not found.", "Anhang nicht gefunden.");
}

public sealed record PrintEntryNotFound() : DomainError("D21")
{
    protected override LocalizedText Text => new("Brief niet gevonden.", "Letter not found.", "Brief nicht gefunden.");
}
