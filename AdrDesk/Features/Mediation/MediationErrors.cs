using AdrDesk.Domain.Common;
using AdrDesk.Features.Mediation.Scheduling;

namespace AdrDesk.Features.Mediation;

// Named errors of the mediation feature (the domain's own errors are in Domain/Mediation).

public sealed record SlotInThePast() : DomainError("M7")
{
    protected override LocalizedText Text => new("Een sessie wordt in de toekomst gepland (M7).", "A session is planned in the future (M7).", "Eine Sitzung wird in der Zukunft geplant (M7).");
}

public sealed record SlotLengthInvalid() : DomainError("M7")
{
    protected override LocalizedText Text => new("Een sessie duurt minimaal 30 minuten en maximaal 8 uur.", "A session lasts at least 30 minutes and at most 8 hours.", "Eine Sitzung dauert mindestens 30 Minuten und höchstens 8 Stunden.");
}

public sealed record MediatorUnavailable(string Label) : DomainError
{
    protected override LocalizedText Text => new($"De mediator is die dag niet beschikbaar ({Label}).", $"The mediator is not available that day ({Label}).", $"Der Mediator ist an diesem Tag nicht verfügbar ({Label}).");
}

public sealed record OutsideWeeklyHours() : DomainError
{
    protected override LocalizedText Text => new("Dit tijdstip valt buiten de vaste uren van de mediator.", "This time is outside the mediator's weekly hours.", "Diese Zeit liegt außerhalb der Sprechzeiten des Mediators.");
}

/// <summary>Issue 8 item 3: no double booking of a mediator or an office room.</summary>
public sealed record DoubleBooking(DateTimeOffset OtherStart, string What) : DomainError("M5")
{
    protected override LocalizedText Text => new(
        $"Dubbele boeking: {What} is op dat moment al bezet (sessie van {AmsterdamTime.Format(OtherStart)}).",
        $"Double booking: {What} is already taken at that time (session of {AmsterdamTime.Format(OtherStart)}).",
        $"Doppelbuchung: {What} ist zu dieser Zeit bereits belegt (Sitzung vom {AmsterdamTime.Format(OtherStart)}).");
}

public sealed record OfficeRequired() : DomainError("M5")
{
    protected override LocalizedText Text => new("Kies een kantoor en een ruimte van de mediator (M5).", "Choose an office and a room of the mediator (M5).", "Wählen Sie ein Büro und einen Raum des Mediators (M5).");
}

public sealed record SlotRequired() : DomainError("M7")
{
    protected override LocalizedText Text => new("Stel minstens één tijdstip voor (M7).", "Propose at least one time slot (M7).", "Schlagen Sie mindestens einen Termin vor (M7).");
}

public sealed record AppointmentNotFound() : DomainError
{
    protected override LocalizedText Text => new("Deze sessie is niet gevonden.", "This session was not found.", "Diese Sitzung wurde nicht gefunden.");
}

public sealed record AppointmentNotOpen() : DomainError("M7")
{
    protected override LocalizedText Text => new("Op deze sessie kan niet (meer) worden gereageerd.", "This session can no longer be answered or changed.", "Auf diese Sitzung kann nicht (mehr) reagiert werden.");
}

public sealed record AlreadyResponded() : DomainError("M7")
{
    protected override LocalizedText Text => new("U heeft op dit tijdstip al gereageerd.", "You have already answered this slot.", "Sie haben auf diesen Termin bereits reagiert.");
}

public sealed record ReasonRequired() : DomainError
{
    protected override LocalizedText Text => new("Geef een reden op.", "Give a reason.", "Geben Sie einen Grund an.");
}

public sealed record NoticePeriodPassed(int Hours) : DomainError("M7")
{
    protected override LocalizedText Text => new(
        $"Minder dan {Hours} uur voor de sessie kan alleen de mediator haar nog annuleren of verplaatsen.",
        $"Less than {Hours} hours before the session only the mediator can still cancel or move it.",
        $"Weniger als {Hours} Stunden vor der Sitzung kann nur der Mediator sie noch absagen oder verschieben.");
}

public sealed record SessionNotYetStarted() : DomainError("M3")
{
    protected override LocalizedText Text => new("Aanwezigheid wordt vastgelegd na het begin van de sessie.", "Attendance is recorded after the session has started.", "Die Anwesenheit wird nach Beginn der Sitzung erfasst.");
}

public sealed record NotAllowedInMediation() : DomainError
{
    protected override LocalizedText Text => new("Dit mag alleen de mediator van deze zaak.", "Only the mediator of this case may do this.", "Das darf nur der Mediator dieses Falls.");
}

public sealed record OnlyPartiesMayDoThis() : DomainError
{
    protected override LocalizedText Text => new("Dit doet een partij van deze zaak.", "This is done by a party to this case.", "Dies tut eine Partei dieses Falls.");
}

public sealed record NotInSchedulingStage() : DomainError("M7")
{
    protected override LocalizedText Text => new("Sessies worden gepland nadat de standpunten zijn uitgewisseld en vóór de uitkomst (M6, M7).", "Sessions are scheduled after the positions are exchanged and before the outcome (M6, M7).", "Sitzungen werden nach dem Austausch der Standpunkte und vor dem Ergebnis geplant (M6, M7).");
}

public sealed record AgreementNotDrafted() : DomainError("M9")
{
    protected override LocalizedText Text => new("Er is nog geen vaststellingsovereenkomst opgesteld (M9).", "No settlement agreement has been drafted yet (M9).", "Es wurde noch kein Vergleichsvertrag erstellt (M9).");
}

public sealed record SignatureNameMismatch() : DomainError("M9")
{
    protected override LocalizedText Text => new("Typ uw volledige naam zoals die bij uw account staat om te ondertekenen.", "Type your full name as it is on your account to sign.", "Geben Sie zum Unterschreiben Ihren vollständigen Namen wie in Ihrem Konto ein.");
}

public sealed record SignedVersionChanged() : DomainError("M9")
{
    protected override LocalizedText Text => new("De overeenkomst is intussen gewijzigd. Lees de nieuwe versie en onderteken die.", "The agreement has changed meanwhile. Read the new version and sign that.", "Der Vertrag wurde inzwischen geändert. Lesen Sie die neue Fassung und unterschreiben Sie diese.");
}

public sealed record OpenChangeProposals() : DomainError("M9")
{
    protected override LocalizedText Text => new("Er ligt nog een wijzigingsvoorstel bij de mediator.", "A change proposal is still with the mediator.", "Ein Änderungsvorschlag liegt noch beim Mediator.");
}

public sealed record UploadTooLarge(string FileName, long MaxBytes) : DomainError
{
    protected override LocalizedText Text => new(
        $"{FileName} is te groot (maximaal {MaxBytes / 1024 / 1024} MB).", $"{FileName} is too large (at most {MaxBytes / 1024 / 1024} MB).",
        $"{FileName} ist zu groß (höchstens {MaxBytes / 1024 / 1024} MB).");
}

/// <summary>Judged by the file's first bytes, and the name must say the same.</summary>
public sealed record UploadTypeNotAllowed(string FileName) : DomainError
{
    protected override LocalizedText Text => new(
        $"{FileName}: alleen PDF, JPEG en PNG zijn toegestaan.", $"{FileName}: only PDF, JPEG and PNG are allowed.", $"{FileName}: nur PDF, JPEG und PNG sind erlaubt.");
}

public sealed record TooManyPositionDocuments(int Max) : DomainError("M6")
{
    protected override LocalizedText Text => new(
        $"Bij een standpunt horen ten hoogste {Max} documenten.", $"A position has at most {Max} documents.", $"Zu einem Standpunkt gehören höchstens {Max} Dokumente.");
}

public sealed record PositionDocumentsClosed() : DomainError("M6")
{
    protected override LocalizedText Text => new(
        "Documenten horen bij uw standpunt en worden toegevoegd vóór de uitwisseling (M6).",
        "Documents belong to your position and are added before the exchange (M6).",
        "Dokumente gehören zu Ihrem Standpunkt und werden vor dem Austausch hinzugefügt (M6).");
}

public sealed record MediationFileNotFound() : DomainError
{
    protected override LocalizedText Text => new("Dit document is niet gevonden.", "This document was not found.", "Dieses Dokument wurde nicht gefunden.");
}

public sealed record ScanAwaitingVerification() : DomainError("M9")
{
    protected override LocalizedText Text => new(
        "Uw ondertekende scan wordt nog gecontroleerd.", "Your signed scan is still being verified.", "Ihr unterschriebener Scan wird noch geprüft.");
}

public sealed record ScanAlreadyDecided() : DomainError("M9")
{
    protected override LocalizedText Text => new(
        "Over deze scan is al beslist.", "This scan has already been decided on.", "Über diesen Scan wurde bereits entschieden.");
}

public sealed record OnlyStaffOrMediatorVerify() : DomainError("M9")
{
    protected override LocalizedText Text => new(
        "Een ondertekende scan wordt gecontroleerd door het secretariaat of de mediator.",
        "A signed scan is verified by the desk or the mediator.", "Ein unterschriebener Scan wird vom Sekretariat oder vom Mediator geprüft.");
}

public sealed record AlreadyIntroduced() : DomainError("M4")
{
    protected override LocalizedText Text => new(
        "De mediation is al aan beide partijen geïntroduceerd (M4).", "The mediation has already been introduced to both parties (M4).",
        "Die Mediation wurde beiden Parteien bereits vorgestellt (M4).");
}

public sealed record NotInIntroductionStage() : DomainError("M4")
{
    protected override LocalizedText Text => new(
        "De introductie volgt op de toewijzing van de mediator, vóór de standpunten (M4).",
        "The introduction follows the mediator's assignment, before the positions (M4).",
        "Die Einführung folgt der Zuweisung des Mediators, vor den Standpunkten (M4).");
}
