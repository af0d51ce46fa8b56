using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents.Templates;

/// <summary>D13: the assessor's request for information, in the procedure's language (D8).</summary>
public sealed class InformationRequestTexts
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    /// <summary>"{0}" the date to respond by.</summary>
    public required string RespondBy { get; init; }
    /// <summary>"{0}" the portal address.</summary>
    public required string HowToRespond { get; init; }
    public required string Sharing { get; init; }

    public static InformationRequestTexts For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Nl,
        DocumentLanguage.En => En,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "D8: the procedure runs in Dutch or English."),
    };

    private static readonly InformationRequestTexts Nl = new()
    {
        Title = "Verzoek om informatie",
        Intro = "Om het geschil goed te kunnen beoordelen, heeft de beoordelaar meer informatie nodig. Wilt u de volgende vragen beantwoorden en de gevraagde stukken toesturen?",
        RespondBy = "Graag ontvangen wij uw antwoord uiterlijk op {0}.",
        HowToRespond = "U kunt uw antwoord en de stukken indienen via {0}, of per post als de procedure schriftelijk wordt gevoerd.",
        Sharing = "Wat u toestuurt, ontvangt de andere partij ook, zodat die erop kan reageren. U staat ervoor in dat de informatie juist is.",
    };

    private static readonly InformationRequestTexts En = new()
    {
        Title = "Request for information",
        Intro = "To assess the dispute properly, the assessor needs more information. Please answer the following questions and send the documents requested.",
        RespondBy = "We would like to receive your answer by {0} at the latest.",
        HowToRespond = "You can submit your answer and the documents via {0}, or by post if the procedure is conducted in writing.",
        Sharing = "What you send is also sent to the other party, so that it can respond. You vouch that the information is correct.",
    };
}
