using AdrDesk.Domain.Common;
using AdrDesk.Resources;

namespace AdrDesk.Features.Intake.Submission;

/// <summary>
/// The intake's mails, in the recipient's language (architecture.md: mail goes out in the recipient's language), each signed
/// with the desk's one name (<c>desk</c>: the setting Desk:Name, docs/glossary.md), not a common noun.
/// </summary>
internal static class IntakeMailTexts
{
    public static (string Subject, string Body) Receipt(Language l, string number, string name, DateOnly decisionDue, string link, string desk) => l switch
    {
        Language.En => ($"Your dispute {number} has been received.",
            $"Dear {name},\n\nWe received your dispute under number {number}. The filing receipt is attached.\n\n"
            + $"What happens next: the desk checks your dispute and tells you by {DisplayFormat.LongDate(decisionDue, l)} at the latest whether it can handle it (EU ADR Directive art. 5(4)). "
            + $"Then the other party gets 14 days to respond.\n\nFollow your case: {link}\n\nKind regards,\n" + desk),
        Language.De => ($"Ihre Streitigkeit {number} ist eingegangen.",
            $"Guten Tag {name},\n\nwir haben Ihre Streitigkeit unter der Nummer {number} erhalten. Die Eingangsbestätigung ist beigefügt.\n\n"
            + $"Wie es weitergeht: Die Geschäftsstelle prüft Ihre Streitigkeit und teilt Ihnen spätestens am {DisplayFormat.LongDate(decisionDue, l)} mit, ob sie sie behandeln kann. "
            + $"Danach hat die andere Partei 14 Tage Zeit zu antworten.\n\nIhr Fall: {link}\n\nMit freundlichen Grüßen\n" + desk),
        _ => ($"Uw geschil {number} is ontvangen.",
            $"Beste {name},\n\nWij hebben uw geschil ontvangen onder nummer {number}. Het ontvangstbewijs zit in de bijlage.\n\n"
            + $"Hoe het verder gaat: de geschillenbalie beoordeelt uw geschil en laat u uiterlijk {DisplayFormat.LongDate(decisionDue, l)} weten of zij het kan behandelen. "
            + $"Daarna krijgt de andere partij 14 dagen om te reageren.\n\nVolg uw zaak: {link}\n\nMet vriendelijke groet,\n" + desk),
    };

    public static (string Subject, string Body) Registered(Language l, string number, string name, string link, string desk) => l switch
    {
        Language.En => ($"Your request {number} has been registered.",
            $"Dear {name},\n\nWe registered your request under number {number}. The desk assesses whether it qualifies and notifies the other party.\n\nFollow it: {link}\n\nKind regards,\n" + desk),
        Language.De => ($"Ihr Antrag {number} wurde registriert.",
            $"Guten Tag {name},\n\nwir haben Ihren Antrag unter der Nummer {number} registriert. Die Geschäftsstelle prüft ihn und benachrichtigt die andere Partei.\n\nIhr Antrag: {link}\n\nMit freundlichen Grüßen\n" + desk),
        _ => ($"Uw verzoek {number} is geregistreerd.",
            $"Beste {name},\n\nWij hebben uw verzoek geregistreerd onder nummer {number}. De geschillenbalie beoordeelt of het in aanmerking komt en informeert de andere partij.\n\nVolg het: {link}\n\nMet vriendelijke groet,\n" + desk),
    };

    /// <summary>D9: the consumer gets 5 weeks; the notice says the webshop may go to court after that period.</summary>
    public static (string Subject, string Body) ConsentRequest(Language l, string number, string consumer, string webshop, DateOnly due, string link, string desk) => l switch
    {
        Language.En => ($"{webshop} asks your consent to a binding ruling in case {number}.",
            $"Dear {consumer},\n\n{webshop} filed a dispute with you at our desk under number {number}. We need your consent to handle it. "
            + $"Please answer by {DisplayFormat.LongDate(due, l)} (5 weeks): {link}\nSign in with this e-mail address; if you have no password yet, choose \"Forgot password\".\n\n"
            + "If you do not consent within 5 weeks, the desk does not handle the dispute and the webshop considers itself free to go to court.\n\nKind regards,\n" + desk),
        Language.De => ($"{webshop} bittet um Ihre Zustimmung im Fall {number}.",
            $"Guten Tag {consumer},\n\n{webshop} hat bei uns eine Streitigkeit mit Ihnen eingereicht (Nummer {number}). Wir brauchen Ihre Zustimmung. "
            + $"Bitte antworten Sie bis {DisplayFormat.LongDate(due, l)} (5 Wochen): {link}\n\nOhne Zustimmung innerhalb von 5 Wochen wird die Streitigkeit nicht behandelt; der Webshop hält sich dann für frei, vor Gericht zu gehen.\n\nMit freundlichen Grüßen\n" + desk),
        _ => ($"{webshop} vraagt uw instemming met bindend advies in zaak {number}.",
            $"Beste {consumer},\n\n{webshop} heeft bij ons een geschil met u ingediend onder nummer {number}. Wij hebben uw instemming nodig om het te behandelen. "
            + $"Antwoord uiterlijk {DisplayFormat.LongDate(due, l)} (5 weken): {link}\nLog in met dit e-mailadres; heeft u nog geen wachtwoord, kies dan \"Wachtwoord vergeten\".\n\n"
            + "Stemt u niet binnen 5 weken in, dan behandelt de geschillenbalie het geschil niet en acht de webshop zich vrij om naar de rechter te gaan.\n\nMet vriendelijke groet,\n" + desk),
    };

    /// <summary>D5: the webshop is asked to subscribe so that the case can be handled.</summary>
    public static (string Subject, string Body) SubscriptionInvitation(string number, string webshop, string link, string desk) =>
        ($"Wij vragen u zich aan te sluiten voor geschil {number}.",
         $"Geachte heer/mevrouw,\n\nEen consument heeft bij de geschillenbalie een geschil met {webshop} ingediend (nummer {number}). "
         + "Uw webshop heeft op dit moment geen abonnement. Om het geschil te kunnen behandelen vragen wij u zich aan te sluiten. "
         + $"Tot dan wacht de zaak.\n\nMeer informatie: {link}\n\nMet vriendelijke groet,\n" + desk);

    /// <summary>Item 4: a saved draft is deleted 6 months after its last change; the filer is told some days before.</summary>
    public static (string Subject, string Body) DraftExpiring(Language l, string name, DateOnly deletedOn, string link, string desk) => l switch
    {
        Language.En => ("Your unfinished dispute will be deleted soon.",
            $"Dear {name},\n\nYou started filing a dispute with us but did not submit it. Unfinished filings are kept for 6 months after the last change; "
            + $"yours will be deleted on {DisplayFormat.LongDate(deletedOn, l)}.\n\nTo keep it, continue it before then (any change keeps it for another 6 months): {link}\n\n"
            + "If you no longer need it, you need not do anything.\n\nKind regards,\n" + desk),
        Language.De => ("Ihre nicht abgeschlossene Einreichung wird bald gelöscht.",
            $"Guten Tag {name},\n\nSie haben begonnen, eine Streitigkeit einzureichen, sie aber nicht abgeschickt. Nicht abgeschlossene Einreichungen bewahren wir 6 Monate "
            + $"nach der letzten Änderung auf; Ihre wird am {DisplayFormat.LongDate(deletedOn, l)} gelöscht.\n\nUm sie zu behalten, setzen Sie sie vorher fort (jede Änderung verlängert um 6 Monate): {link}\n\n"
            + "Brauchen Sie sie nicht mehr, müssen Sie nichts tun.\n\nMit freundlichen Grüßen\n" + desk),
        _ => ("Uw niet afgemaakte aanvraag wordt binnenkort verwijderd.",
            $"Beste {name},\n\nU bent begonnen met het indienen van een geschil, maar heeft het niet verstuurd. Niet afgemaakte aanvragen bewaren wij 6 maanden "
            + $"na de laatste wijziging; die van u wordt op {DisplayFormat.LongDate(deletedOn, l)} verwijderd.\n\nWilt u haar bewaren, ga dan vóór die datum verder (elke wijziging bewaart haar weer 6 maanden): {link}\n\n"
            + "Heeft u haar niet meer nodig, dan hoeft u niets te doen.\n\nMet vriendelijke groet,\n" + desk),
    };
}
