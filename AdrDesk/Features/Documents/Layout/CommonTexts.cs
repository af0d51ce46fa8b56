using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents.Layout;

/// <summary>The words every letter and the PDF header and footer share, per language.</summary>
public sealed class CommonTexts
{
    public required string CaseNumber { get; init; }
    /// <summary>"{0}" is the page number, "{1}" the page count.</summary>
    public required string PageOf { get; init; }
    public required string Date { get; init; }
    public required string OurReference { get; init; }
    public required string Subject { get; init; }
    public required string Attention { get; init; }
    public required string Salutation { get; init; }
    public required string Closing { get; init; }
    public required string Consumer { get; init; }
    public required string Webshop { get; init; }
    public required string Representative { get; init; }
    public required string RegistrationNumber { get; init; }
    public required string Email { get; init; }
    public required string Secretary { get; init; }
    public required string Assessor { get; init; }
    public required string Mediator { get; init; }

    public string Role(SignerRole role) => role switch
    {
        SignerRole.Secretary => Secretary,
        SignerRole.Assessor => Assessor,
        SignerRole.Mediator => Mediator,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static CommonTexts For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Nl,
        DocumentLanguage.En => En,
        DocumentLanguage.De => De,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    private static readonly CommonTexts Nl = new()
    {
        CaseNumber = "Zaaknummer", PageOf = "Pagina {0} van {1}", Date = "Datum", OurReference = "Ons kenmerk",
        Subject = "Betreft", Attention = "t.a.v.", Salutation = "Geachte heer, mevrouw,", Closing = "Met vriendelijke groet,",
        Consumer = "Consument", Webshop = "Webshop", Representative = "Gemachtigde", RegistrationNumber = "KvK-nummer",
        Email = "E-mail", Secretary = "secretaris", Assessor = "beoordelaar", Mediator = "mediator",
    };

    private static readonly CommonTexts En = new()
    {
        CaseNumber = "Case number", PageOf = "Page {0} of {1}", Date = "Date", OurReference = "Our reference",
        Subject = "Subject", Attention = "Attn.", Salutation = "Dear Sir or Madam,", Closing = "Yours faithfully,",
        Consumer = "Consumer", Webshop = "Webshop", Representative = "Representative", RegistrationNumber = "Chamber of Commerce no.",
        Email = "Email", Secretary = "Secretary", Assessor = "Assessor", Mediator = "Mediator",
    };

    private static readonly CommonTexts De = new()
    {
        CaseNumber = "Aktenzeichen", PageOf = "Seite {0} von {1}", Date = "Datum", OurReference = "Unser Zeichen",
        Subject = "Betreff", Attention = "z. Hd.", Salutation = "Sehr geehrte Damen und Herren,", Closing = "Mit freundlichen Grüßen",
        Consumer = "Verbraucher", Webshop = "Webshop", Representative = "Bevollmächtigter", RegistrationNumber = "Handelsregister-Nr. (KvK)",
        Email = "E-Mail", Secretary = "Geschäftsstelle", Assessor = "Gutachter", Mediator = "Mediator",
    };
}
