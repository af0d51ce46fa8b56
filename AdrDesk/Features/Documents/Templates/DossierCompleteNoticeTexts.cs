using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents.Templates;

/// <summary>D15, D20 (and ADR Directive art. 8(e)): the dossier is complete, in the procedure's language (D8).</summary>
public sealed class DossierCompleteNoticeTexts
{
    public required string Title { get; init; }
    /// <summary>"{0}" the day the dossier was complete.</summary>
    public required string Intro { get; init; }
    /// <summary>"{0}" the ruling's due date.</summary>
    public required string DueBy { get; init; }
    public required string Extension { get; init; }
    public required string Withdrawal { get; init; }

    public static DossierCompleteNoticeTexts For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Nl,
        DocumentLanguage.En => En,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "D8: the procedure runs in Dutch or English."),
    };

    private static readonly DossierCompleteNoticeTexts Nl = new()
    {
        Title = "Dossier compleet: de uitspraak wordt voorbereid",
        Intro = "Op {0} hebben wij alle stukken ontvangen. Het dossier is daarmee compleet en de beoordelaar bereidt nu de uitspraak voor.",
        DueBy = "De uitspraak volgt binnen 90 dagen, uiterlijk op {0}.",
        Extension = "Is het geschil complex, dan kan deze termijn één keer met ten hoogste 90 dagen worden verlengd. U hoort dat dan van ons, met de nieuwe termijn.",
        Withdrawal = "Vanaf nu kan de consument zich niet meer eenzijdig uit de procedure terugtrekken. Partijen kunnen de procedure wel in onderling overleg beëindigen, bijvoorbeeld omdat zij samen een oplossing hebben gevonden.",
    };

    private static readonly DossierCompleteNoticeTexts En = new()
    {
        Title = "Dossier complete: the ruling is being prepared",
        Intro = "On {0} we received all documents. The dossier is therefore complete and the assessor is now preparing the ruling.",
        DueBy = "The ruling will follow within 90 days, by {0} at the latest.",
        Extension = "If the dispute is complex, this term may be extended once by at most 90 days. We will then inform you of the new term.",
        Withdrawal = "From now on the consumer can no longer withdraw from the procedure unilaterally. The parties may still end the procedure by mutual agreement, for instance because they have found a solution together.",
    };
}
