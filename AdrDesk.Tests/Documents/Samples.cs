using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Tests.Documents;

/// <summary>One realistic case, in whichever language a test asks for.</summary>
public static class Samples
{
    public const string CaseNumber = "DD-2026-00042";
    public const string MediationCaseNumber = "MB-2026-00007";
    public static readonly DateOnly Today = new(2026, 11, 21);

    public static readonly DocumentParty Consumer = new("Anna de Vries", new PostalAddress("Keizersgracht 12", "1015 CS", "Amsterdam", "Nederland"))
    {
        Email = "anna.devries@example.nl",
        Representative = "Mr. P. Jansen",
    };

    public static readonly DocumentParty Webshop = new("Fietsonderdelen Online B.V.", new PostalAddress("Stationsweg 8", "3511 ED", "Utrecht", "Nederland"))
    {
        Email = "klantenservice@fietsonderdelen.example",
        RegistrationNumber = "12345678",
        Signatory = "J. Bakker, directeur",
    };

    public static readonly DocumentParty Client = new("Bouwbedrijf Smit & Zn. B.V.", new PostalAddress("Havenstraat 3", "9711 AB", "Groningen", "Nederland"))
    {
        Email = "info@smitbouw.example",
        RegistrationNumber = "87654321",
        Signatory = "M. Smit, bestuurder",
    };

    public static RefusalLetterModel Refusal(DocumentLanguage language) => new()
    {
        Language = language,
        Date = Today,
        CaseNumber = CaseNumber,
        Addressee = Consumer,
        SignedBy = "mr. L. Visser",
        SignerRole = SignerRole.Secretary,
        Respondent = Webshop,
        ReceivedOn = new DateOnly(2026, 11, 3),
        Reasons =
        [
            new RefusalReason(RefusalGround.ComplaintTooLate, "You first reported the defect on 2 October 2025; the dispute was filed on 3 November 2026, 397 days later."),
            new RefusalReason(RefusalGround.AmountOutOfRange, "The total claim of €26,500.00 exceeds the limit."),
        ],
    };
}
