using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents.Templates;

/// <summary>M5, M7: the invitation to the joint session. Mediation has no language rule, so every language is offered.</summary>
public sealed class MediationInvitationTexts
{
    public required string Title { get; init; }
    /// <summary>"{0}" the other party.</summary>
    public required string Intro { get; init; }
    public required string SessionDate { get; init; }
    public required string Time { get; init; }
    public required string Location { get; init; }
    public required string Mediator { get; init; }
    /// <summary>M5: a neutral location, the mediator's office.</summary>
    public required string Neutral { get; init; }
    public required string ConfidentialHeading { get; init; }
    /// <summary>M2, M3: confidentiality for all present; nothing recorded or written down.</summary>
    public required string Confidential { get; init; }
    /// <summary>M8, M9: there is always an outcome, laid down in a vaststellingsovereenkomst.</summary>
    public required string Outcome { get; init; }
    public required string Reschedule { get; init; }

    // M4: the introduction of the mediation to each party.
    public required string IntroductionTitle { get; init; }
    /// <summary>"{0}" the other party, "{1}" the mediator.</summary>
    public required string IntroductionIntro { get; init; }
    public required string Parties { get; init; }
    public required string PrinciplesHeading { get; init; }
    public required string VoluntaryLabel { get; init; }
    /// <summary>M2: participation is voluntary; the parties own their dispute and its solution.</summary>
    public required string Voluntary { get; init; }
    public required string NeutralLabel { get; init; }
    /// <summary>M2: a neutral mediator.</summary>
    public required string NeutralMediator { get; init; }
    public required string ConfidentialityLabel { get; init; }
    public required string WayHeading { get; init; }
    /// <summary>M6, M5, M7, M8, M9 in the order they happen.</summary>
    public required IReadOnlyList<string> Steps { get; init; }
    /// <summary>"{0}" where to confirm the principles (a link or the case number); {desk} is the desk's name.</summary>
    public required string Confirm { get; init; }

    public static MediationInvitationTexts For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Nl,
        DocumentLanguage.En => En,
        DocumentLanguage.De => De,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    private static readonly MediationInvitationTexts Nl = new()
    {
        Title = "Uitnodiging voor de mediationbijeenkomst",
        Intro = "Beide partijen hebben hun standpunten ingediend en van elkaar ontvangen. In de mediation tussen u en {0} nodig ik u uit voor een gezamenlijke bijeenkomst.",
        SessionDate = "Datum", Time = "Tijd", Location = "Locatie", Mediator = "Mediator",
        Neutral = "De bijeenkomst vindt plaats op een neutrale locatie: het kantoor van de mediator.",
        ConfidentialHeading = "Vertrouwelijkheid",
        Confidential = "Wat tijdens de bijeenkomst wordt besproken is vertrouwelijk en mag niet worden opgenomen of genoteerd. Iedereen die aanwezig is, heeft een geheimhoudingsplicht. De vertrouwelijkheid eindigt wanneer partijen een akkoord bereiken.",
        Outcome = "Het doel is dat u samen tot een oplossing komt. Lukt dat niet, dan werkt de mediator een bindende oplossing uit. De uitkomst wordt vastgelegd in een vaststellingsovereenkomst.",
        Reschedule = "Kunt u op deze datum niet, laat het mij dan zo snel mogelijk weten.",
        IntroductionTitle = "Introductie van uw mediation",
        IntroductionIntro = "U en {0} hebben gekozen voor mediation. Ik, {1}, ben als mediator aan uw zaak toegewezen en leg u graag uit hoe de mediation verloopt.",
        Parties = "Partijen",
        PrinciplesHeading = "Uitgangspunten",
        VoluntaryLabel = "Vrijwilligheid.",
        Voluntary = "U neemt vrijwillig deel. Partijen zijn eigenaar van hun geschil en van de oplossing.",
        NeutralLabel = "Neutraliteit.",
        NeutralMediator = "De mediator is neutraal en onafhankelijk, kiest geen partij en beslist niet voor u zolang u samen een oplossing zoekt.",
        ConfidentialityLabel = "Geheimhouding.",
        WayHeading = "Zo werkt de mediation",
        Steps =
        [
            "U bevestigt de uitgangspunten hierboven.",
            "Ieder geeft zijn standpunt, met documenten, vertrouwelijk aan de mediator. De mediator wisselt beide standpunten tegelijk uit, zodat u het standpunt van de ander kunt lezen.",
            "Daarna volgt een gezamenlijke bijeenkomst onder leiding van de mediator, op een neutrale plek: het kantoor van de mediator.",
        ],
        Confirm = "Bevestig de uitgangspunten in {desk}, bij uw zaak: {0}",
    };

    private static readonly MediationInvitationTexts En = new()
    {
        Title = "Invitation to the mediation session",
        Intro = "Both parties have submitted their positions and received each other's. In the mediation between you and {0}, I invite you to a joint session.",
        SessionDate = "Date", Time = "Time", Location = "Location", Mediator = "Mediator",
        Neutral = "The session takes place at a neutral location: the mediator's office.",
        ConfidentialHeading = "Confidentiality",
        Confidential = "What is discussed in the session is confidential and may not be recorded or written down. Everyone present is bound to confidentiality. Confidentiality ends when the parties reach an agreement.",
        Outcome = "The aim is for you to find a solution together. If that fails, the mediator works out a binding solution. The outcome is laid down in a settlement agreement (vaststellingsovereenkomst).",
        Reschedule = "If you cannot attend on this date, please let me know as soon as possible.",
        IntroductionTitle = "Introduction to your mediation",
        IntroductionIntro = "You and {0} have chosen mediation. I, {1}, have been assigned to your case as mediator and would like to explain how the mediation works.",
        Parties = "Parties",
        PrinciplesHeading = "Principles",
        VoluntaryLabel = "Voluntary participation.",
        Voluntary = "You take part voluntarily. The parties own their dispute and its solution.",
        NeutralLabel = "Neutrality.",
        NeutralMediator = "The mediator is neutral and independent, takes no side and does not decide for you while you look for a solution together.",
        ConfidentialityLabel = "Confidentiality.",
        WayHeading = "How the mediation works",
        Steps =
        [
            "You confirm the principles above.",
            "Each party gives its position, with documents, confidentially to the mediator. The mediator exchanges both positions at the same time, so that you can read the other's.",
            "Then a joint session follows, guided by the mediator, at a neutral place: the mediator's office.",
        ],
        Confirm = "Confirm the principles in {desk}, in your case: {0}",
    };

    private static readonly MediationInvitationTexts De = new()
    {
        Title = "Einladung zur Mediationssitzung",
        Intro = "Beide Parteien haben ihre Standpunkte eingereicht und die der anderen Partei erhalten. In der Mediation zwischen Ihnen und {0} lade ich Sie zu einer gemeinsamen Sitzung ein.",
        SessionDate = "Datum", Time = "Uhrzeit", Location = "Ort", Mediator = "Mediator",
        Neutral = "Die Sitzung findet an einem neutralen Ort statt: in der Kanzlei des Mediators.",
        ConfidentialHeading = "Vertraulichkeit",
        Confidential = "Was in der Sitzung besprochen wird, ist vertraulich und darf weder aufgezeichnet noch notiert werden. Alle Anwesenden sind zur Verschwiegenheit verpflichtet. Die Vertraulichkeit endet, sobald die Parteien eine Einigung erzielen.",
        Outcome = "Ziel ist, dass Sie gemeinsam eine Lösung finden. Gelingt das nicht, erarbeitet der Mediator eine verbindliche Lösung. Das Ergebnis wird in einem Vergleichsvertrag (vaststellingsovereenkomst) festgehalten.",
        Reschedule = "Sollten Sie an diesem Termin verhindert sein, teilen Sie mir dies bitte so bald wie möglich mit.",
        IntroductionTitle = "Einführung in Ihre Mediation",
        IntroductionIntro = "Sie und {0} haben sich für eine Mediation entschieden. Ich, {1}, wurde Ihrem Fall als Mediator zugewiesen und erläutere Ihnen gern den Ablauf.",
        Parties = "Parteien",
        PrinciplesHeading = "Grundsätze",
        VoluntaryLabel = "Freiwilligkeit.",
        Voluntary = "Sie nehmen freiwillig teil. Die Parteien sind Eigentümer ihres Streits und seiner Lösung.",
        NeutralLabel = "Neutralität.",
        NeutralMediator = "Der Mediator ist neutral und unabhängig, ergreift keine Partei und entscheidet nicht für Sie, solange Sie gemeinsam eine Lösung suchen.",
        ConfidentialityLabel = "Vertraulichkeit.",
        WayHeading = "So verläuft die Mediation",
        Steps =
        [
            "Sie bestätigen die obigen Grundsätze.",
            "Jede Partei gibt ihren Standpunkt mit Unterlagen vertraulich an den Mediator. Der Mediator tauscht beide Standpunkte gleichzeitig aus, sodass Sie den Standpunkt der anderen Partei lesen können.",
            "Danach folgt eine gemeinsame Sitzung unter Leitung des Mediators an einem neutralen Ort: in der Kanzlei des Mediators.",
        ],
        Confirm = "Bestätigen Sie die Grundsätze in {desk}, in Ihrem Fall: {0}",
    };
}
