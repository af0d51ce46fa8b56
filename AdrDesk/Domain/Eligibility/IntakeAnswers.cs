using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;

namespace AdrDesk.Domain.Eligibility;

/// <summary>What the filer answered in the questionnaire (D6, M10, B2); the respondent comes from the register.</summary>
public sealed record IntakeAnswers
{
    public required Scheme Scheme { get; init; }

    /// <summary>D9: both parties may file; a webshop filing needs the consumer's consent.</summary>
    public PartyRole FiledBy { get; init; } = PartyRole.Consumer;

    /// <summary>D25f: false when the claimant bought as a business.</summary>
    public bool ClaimantIsConsumer { get; init; } = true;

    /// <summary>D1: the dispute comes from an online purchase.</summary>
    public bool PurchasedOnline { get; init; } = true;

    /// <summary>D1: where the consumer lives.</summary>
    public CountryCode ConsumerCountry { get; init; } = CountryCode.Netherlands;

    /// <summary>D2: incl. VAT, excl. shipping and other costs.</summary>
    public Money ProductValue { get; init; }

    /// <summary>D3: incl. VAT and all costs.</summary>
    public Money TotalClaim { get; init; }

    /// <summary>D4/D25a/D25e: the day the consumer first reported the dispute to the webshop; null if never.</summary>
    public DateOnly? FirstReportedToWebshop { get; init; }

    /// <summary>D25i: the webshop must have been affiliated on this day; null while not (validly) answered.</summary>
    public DateOnly? OrderDate { get; init; }

    /// <summary>D9/D25g for a webshop filing: null while the consumer has not answered.</summary>
    public bool? ConsumerConsented { get; init; }

    /// <summary>D25c: the other ADR body or court that already handled it, if the filer says so.</summary>
    public string? PreviouslyHandledBy { get; init; }

    /// <summary>M1: the contract used the scheme's B2B terms.</summary>
    public bool ContractUsedSchemeB2BTerms { get; init; }
}
