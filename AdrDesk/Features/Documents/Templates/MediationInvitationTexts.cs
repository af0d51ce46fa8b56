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
    };
}
