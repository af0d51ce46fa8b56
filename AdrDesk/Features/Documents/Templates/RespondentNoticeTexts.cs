using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents.Templates;

/// <summary>D12: the notice to the other party, in the procedure's language (D8).</summary>
public sealed class RespondentNoticeTexts
{
    public required string Title { get; init; }
    /// <summary>"{0}" the claimant, "{1}" the filing date.</summary>
    public required string Intro { get; init; }
    public required string ClaimHeading { get; init; }
    /// <summary>Who filed the dispute, with the address where known (issue 20 item 4).</summary>
    public required string FiledBy { get; init; }
    public required string ClaimTotal { get; init; }
    /// <summary>"{0}" the deadline.</summary>
    public required string Deadline { get; init; }
    /// <summary>"{0}" the portal address.</summary>
    public required string HowToRespond { get; init; }
    /// <summary>D13, D14, D7, D21.</summary>
    public required IReadOnlyList<string> Procedure { get; init; }

    public static RespondentNoticeTexts For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Nl,
        DocumentLanguage.En => En,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "D8: the procedure runs in Dutch or English."),
    };

    private static readonly RespondentNoticeTexts Nl = new()
    {
        Title = "Kennisgeving van een geschil",
        Intro = "{0} heeft op {1} bij ons een geschil met u ingediend. Wij hebben het geschil in behandeling genomen en sturen het u hierbij toe, zodat u erop kunt reageren.",
        ClaimHeading = "Het geschil", FiledBy = "Ingediend door",
        ClaimTotal = "Totale vordering",
        Deadline = "U heeft 14 dagen om te reageren: uiterlijk op {0}.",
        HowToRespond = "U reageert via {0}. Heeft u om een schriftelijke procedure gevraagd, dan kunt u uw reactie ook per post sturen.",
        Procedure =
        [
            "Alles wat u indient, ontvangt de andere partij ook. U staat ervoor in dat de informatie die u verstrekt juist is.",
            "De beoordelaar probeert eerst met beide partijen tot een schikking te komen. Lukt dat niet, dan volgt een bindend advies.",
            "U kunt zich op elk moment laten adviseren, vertegenwoordigen of bijstaan. Iedere partij draagt haar eigen kosten.",
        ],
    };

    private static readonly RespondentNoticeTexts En = new()
    {
        Title = "Notice of a dispute",
        Intro = "On {1}, {0} filed a dispute with you at our desk. We have accepted the dispute and hereby send it to you so that you can respond.",
        ClaimHeading = "The dispute", FiledBy = "Filed by",
        ClaimTotal = "Total claim",
        Deadline = "You have 14 days to respond: by {0} at the latest.",
        HowToRespond = "Please respond via {0}. If a written procedure was requested, you may also send your response by post.",
        Procedure =
        [
            "Everything you submit is also sent to the other party. You vouch that the information you supply is correct.",
            "The assessor first tries to reach a settlement with both parties. If that fails, a binding ruling follows.",
            "You may take advice or be represented or assisted at any time. Each party bears its own costs.",
        ],
    };
}
