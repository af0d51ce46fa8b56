using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;

namespace AdrDesk.Features.Intake;

// Named errors of the intake (style.md): the type is the name, the texts live in the record.

public sealed record NotSignedIn() : DomainError()
{
    protected override LocalizedText Text => new(
        "Log in of maak een account aan om verder te gaan.",
        "Sign in or create an account to continue.",
        "Melden Sie sich an oder erstellen Sie ein Konto, um fortzufahren.");
}

public sealed record MayNotFileThisScheme() : DomainError()
{
    protected override LocalizedText Text => new(
        "Met dit account kunt u dit soort geschil niet indienen.",
        "This account cannot file this kind of dispute.",
        "Mit diesem Konto können Sie diese Art von Streitigkeit nicht einreichen.");
}

/// <summary>D6: only desk staff enter paper filings.</summary>
public sealed record PaperEntryIsForStaff() : DomainError("D6")
{
    protected override LocalizedText Text => new(
        "Alleen medewerkers van de geschillenbalie voeren papieren formulieren in (D6).",
        "Only desk staff enter paper forms (D6).",
        "Nur Mitarbeitende der Schlichtungsstelle erfassen Papierformulare (D6).");
}

public sealed record DraftExpired(DateTimeOffset ExpiredAt) : DomainError()
{
    protected override LocalizedText Text => new(
        $"Uw concept is na zes maanden verlopen ({ExpiredAt:dd-MM-yyyy}) en is verwijderd. U kunt opnieuw beginnen.",
        $"Your draft expired after six months ({ExpiredAt:yyyy-MM-dd}) and was deleted. You can start again.",
        $"Ihr Entwurf ist nach sechs Monaten abgelaufen ({ExpiredAt:dd.MM.yyyy}) und wurde gelöscht. Sie können neu beginnen.");
}

public sealed record IntakeIncomplete(int Issues) : DomainError()
{
    protected override LocalizedText Text => new(
        $"Nog {Issues} vraag/vragen zijn niet (goed) beantwoord; zie de stappen met een melding.",
        $"{Issues} question(s) still need an answer; see the steps with a message.",
        $"{Issues} Frage(n) sind noch nicht (richtig) beantwortet; siehe die markierten Schritte.");
}

/// <summary>D25/D26: an automatic ground stops the filing; the reasons were shown at their steps.</summary>
public sealed record IntakeNotEligible(IReadOnlyList<EligibilityGround> Grounds) : DomainError("D25")
{
    protected override LocalizedText Text => new(
        "De geschillenbalie kan dit geschil niet behandelen: " + string.Join(" ", Grounds.Select(g => g.Message(Language.Nl))),
        "The desk cannot handle this dispute: " + string.Join(" ", Grounds.Select(g => g.Message(Language.En))),
        "Die Stelle kann diese Streitigkeit nicht behandeln: " + string.Join(" ", Grounds.Select(g => g.Message(Language.De))));
}

public sealed record BusinessAccountWithoutOrganisation() : DomainError("D9")
{
    protected override LocalizedText Text => new(
        "Uw account is niet gekoppeld aan een webshop in het register.",
        "Your account is not linked to a webshop in the register.",
        "Ihr Konto ist mit keinem Webshop im Register verknüpft.");
}

public sealed record UploadTooLarge(long MaxBytes) : DomainError()
{
    protected override LocalizedText Text => new(
        $"Het bestand is te groot; het maximum is {MaxBytes / 1024 / 1024} MB. Er is niets opgeslagen.",
        $"The file is too large; the maximum is {MaxBytes / 1024 / 1024} MB. Nothing was stored.",
        $"Die Datei ist zu groß; höchstens {MaxBytes / 1024 / 1024} MB. Es wurde nichts gespeichert.");
}

public sealed record UploadTypeRefused(string FileName) : DomainError()
{
    protected override LocalizedText Text => new(
        $"'{FileName}' is geen PDF, JPEG of PNG (de inhoud is gecontroleerd, niet alleen de naam). Er is niets opgeslagen.",
        $"'{FileName}' is not a PDF, JPEG or PNG (its content was checked, not only its name). Nothing was stored.",
        $"'{FileName}' ist keine PDF-, JPEG- oder PNG-Datei (der Inhalt wurde geprüft, nicht nur der Name). Es wurde nichts gespeichert.");
}

public sealed record UploadLimitReached(int MaxFiles) : DomainError()
{
    protected override LocalizedText Text => new(
        $"U kunt hooguit {MaxFiles} bestanden toevoegen.",
        $"You can add at most {MaxFiles} files.",
        $"Sie können höchstens {MaxFiles} Dateien hinzufügen.");
}

public sealed record UploadNotFound() : DomainError()
{
    protected override LocalizedText Text => new("Bestand niet gevonden.", "File not found.", "Datei nicht gefunden.");
}
