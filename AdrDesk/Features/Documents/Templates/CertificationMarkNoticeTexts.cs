using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents.Templates;

/// <summary>D18: the letter to a certification mark holder about a webshop removed from the register.</summary>
public sealed class CertificationMarkNoticeTexts
{
    /// <summary>"{0}" the webshop.</summary>
    public required string Title { get; init; }
    /// <summary>"{0}" the certification mark.</summary>
    public required string Intro { get; init; }
    public required string Webshop { get; init; }
    public required string Kvk { get; init; }
    public required string Case { get; init; }
    public required string RulingDate { get; init; }
    public required string ReminderDeadline { get; init; }
    public required string RemovedOn { get; init; }
    /// <summary>"{0}" the webshop, "{1}" the date of removal.</summary>
    public required string Removed { get; init; }
    public required string Why { get; init; }
    public required string Contact { get; init; }

    public static CertificationMarkNoticeTexts For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Nl,
        DocumentLanguage.En => En,
        DocumentLanguage.De => De,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    private static readonly CertificationMarkNoticeTexts Nl = new()
    {
        Title = "{0} verwijderd uit het register van aangesloten webshops",
        Intro = "Als houder van het keurmerk {0} informeren wij u over een webshop die uw keurmerk voert.",
        Webshop = "Webshop", Kvk = "KvK-nummer", Case = "Zaak", RulingDate = "Datum bindend advies",
        ReminderDeadline = "Uiterste termijn na aanmaning", RemovedOn = "Verwijderd uit het register op",
        Removed = "{0} heeft het bindend advies niet nagekomen, ook niet na onze aanmaning. Wij hebben de webshop daarom op {1} verwijderd uit ons register van aangesloten webshops.",
        Why = "Ons reglement bepaalt dat een webshop die een bindend advies niet nakomt uit het register wordt verwijderd en dat de keurmerkhouder daarover wordt geïnformeerd. Het openbare register vermeldt de verwijdering met deze datum.",
        Contact = "Voor vragen over deze zaak kunt u contact opnemen met de geschillenbalie; vermeld daarbij het zaaknummer.",
    };

    private static readonly CertificationMarkNoticeTexts En = new()
    {
        Title = "{0} removed from the register of affiliated webshops",
        Intro = "As the holder of the certification mark {0}, we inform you about a webshop that carries your mark.",
        Webshop = "Webshop", Kvk = "Chamber of Commerce number", Case = "Case", RulingDate = "Date of the binding ruling",
        ReminderDeadline = "Final deadline after the reminder", RemovedOn = "Removed from the register on",
        Removed = "{0} has not complied with the binding ruling, not even after our formal reminder. We have therefore removed the webshop from our register of affiliated webshops on {1}.",
        Why = "The rules of the disputes committee provide that a webshop that does not comply with a binding ruling is removed from the register and that the certification mark holder is informed. The public register shows the removal with this date.",
        Contact = "For questions about this case, please contact the secretariat and quote the case number.",
    };

    private static readonly CertificationMarkNoticeTexts De = new()
    {
        Title = "{0} aus dem Register der angeschlossenen Webshops entfernt",
        Intro = "Als Inhaber des Gütesiegels {0} informieren wir Sie über einen Webshop, der Ihr Gütesiegel führt.",
        Webshop = "Webshop", Kvk = "Handelsregisternummer (KvK)", Case = "Fall", RulingDate = "Datum des bindenden Gutachtens",
        ReminderDeadline = "Letzte Frist nach der Mahnung", RemovedOn = "Aus dem Register entfernt am",
        Removed = "{0} ist dem bindenden Gutachten nicht nachgekommen, auch nicht nach unserer Mahnung. Wir haben den Webshop daher am {1} aus unserem Register der angeschlossenen Webshops entfernt.",
        Why = "Die Verfahrensordnung der Streitschlichtungsstelle bestimmt, dass ein Webshop, der einem bindenden Gutachten nicht nachkommt, aus dem Register entfernt und der Gütesiegelinhaber darüber informiert wird. Das öffentliche Register zeigt die Entfernung mit diesem Datum.",
        Contact = "Bei Fragen zu diesem Fall wenden Sie sich bitte unter Angabe der Fallnummer an die Geschäftsstelle.",
    };
}
