using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents.Templates;

/// <summary>D15: the one extension of the ruling term, in the procedure's language (D8).</summary>
public sealed class ExtensionNoticeTexts
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string ReasonHeading { get; init; }
    public required string OriginalDueBy { get; init; }
    public required string NewDueBy { get; init; }
    /// <summary>"{0}" the new due date.</summary>
    public required string Once { get; init; }

    public static ExtensionNoticeTexts For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Nl,
        DocumentLanguage.En => En,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "D8: the procedure runs in Dutch or English."),
    };

    private static readonly ExtensionNoticeTexts Nl = new()
    {
        Title = "Verlenging van de termijn voor de uitspraak",
        Intro = "De beoordelaar heeft het geschil als complex aangemerkt. Daarom wordt de termijn voor de uitspraak verlengd.",
        ReasonHeading = "Reden",
        OriginalDueBy = "Oorspronkelijke termijn",
        NewDueBy = "Nieuwe termijn",
        Once = "De termijn kan maar één keer worden verlengd, met ten hoogste 90 dagen. U ontvangt de uitspraak uiterlijk op {0}.",
    };

    private static readonly ExtensionNoticeTexts En = new()
    {
        Title = "Extension of the term for the ruling",
        Intro = "The assessor has found the dispute to be complex. The term for the ruling is therefore extended.",
        ReasonHeading = "Reason",
        OriginalDueBy = "Original term",
        NewDueBy = "New term",
        Once = "The term can be extended only once, by at most 90 days. You will receive the ruling by {0} at the latest.",
    };
}
