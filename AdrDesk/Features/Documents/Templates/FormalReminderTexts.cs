using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents.Templates;

/// <summary>D18: the formal reminder (aanmaning), in the procedure's language (D8).</summary>
public sealed class FormalReminderTexts
{
    public required string Title { get; init; }
    /// <summary>"{0}" the ruling's date.</summary>
    public required string Intro { get; init; }
    public required string Obligation { get; init; }
    public required string Amount { get; init; }
    public required string ComplyBy { get; init; }
    public required string NotReceived { get; init; }
    /// <summary>"{0}" the final deadline.</summary>
    public required string Demand { get; init; }
    /// <summary>D18: the webshop is removed from the register and its certification mark informed.</summary>
    public required string WebshopConsequence { get; init; }
    /// <summary>D18: the webshop may start collection, at the consumer's extra cost.</summary>
    public required string ConsumerConsequence { get; init; }
    public required string Complied { get; init; }

    public static FormalReminderTexts For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Nl,
        DocumentLanguage.En => En,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "D8: the procedure runs in Dutch or English."),
    };

    private static readonly FormalReminderTexts Nl = new()
    {
        Title = "Aanmaning tot nakoming van het bindend advies",
        Intro = "In het bindend advies van {0} is beslist dat u het volgende moet doen:",
        Obligation = "Verplichting", Amount = "Bedrag", ComplyBy = "Uiterlijk op",
        NotReceived = "Wij hebben geen bericht ontvangen dat u dit heeft gedaan. Het bindend advies is voor beide partijen bindend.",
        Demand = "Wij manen u hierbij aan het bindend advies alsnog na te komen, uiterlijk op {0}. Dit is de enige aanmaning die u ontvangt.",
        WebshopConsequence = "Komt u het bindend advies ook dan niet na, dan verwijderen wij uw webshop uit ons register van aangesloten webshops en informeren wij de keurmerkhouder.",
        ConsumerConsequence = "Komt u het bindend advies ook dan niet na, dan kan de webshop het bedrag laten incasseren. De extra kosten daarvan komen voor uw rekening.",
        Complied = "Heeft u het bindend advies inmiddels nagekomen, dan kunt u deze aanmaning als niet verzonden beschouwen. Laat het ons wel weten.",
    };

    private static readonly FormalReminderTexts En = new()
    {
        Title = "Formal reminder to comply with the binding ruling",
        Intro = "The binding ruling of {0} decided that you must do the following:",
        Obligation = "Obligation", Amount = "Amount", ComplyBy = "By",
        NotReceived = "We have not been informed that you have done so. The binding ruling is binding on both parties.",
        Demand = "We hereby formally call on you to comply with the binding ruling by {0} at the latest. This is the only reminder you will receive.",
        WebshopConsequence = "If you still do not comply, we will remove your webshop from our register of affiliated webshops and inform the certification mark holder.",
        ConsumerConsequence = "If you still do not comply, the webshop may have the amount collected. The extra costs of collection will be at your expense.",
        Complied = "If you have complied in the meantime, please disregard this reminder and let us know.",
    };
}
