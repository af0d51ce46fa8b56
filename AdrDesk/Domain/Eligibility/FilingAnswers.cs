using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;

namespace AdrDesk.Domain.Eligibility;

/// <summary>
/// Every answer the filer gave in the binding-ruling questionnaire (online or on paper, D6), kept with the case so
/// that the desk screens on them (D25) and the review, the desk and the receipt show them (issue 18 item 2).
/// </summary>
public sealed record FilingAnswers
{
    public PartyRole FiledBy { get; init; } = PartyRole.Consumer;
    public bool ClaimantIsConsumer { get; init; } = true;
    public bool PurchasedOnline { get; init; } = true;

    /// <summary>ISO 3166-1 alpha-2 code of the consumer's country (D1).</summary>
    public string ConsumerCountry { get; init; } = "NL";

    /// <summary>The consumer's postal address as a consumer filer gave it (issue 20 item 4: documents carry it); null when a business filed.</summary>
    public string? ConsumerStreet { get; init; }
    public string? ConsumerPostalCode { get; init; }
    public string? ConsumerCity { get; init; }

    public DateOnly? OrderDate { get; init; }
    public string? OrderNumber { get; init; }
    public string? Product { get; init; }
    public decimal? ProductValue { get; init; }
    public decimal? ShippingCosts { get; init; }
    public decimal? ClaimTotal { get; init; }
    public bool? ComplainedToWebshop { get; init; }
    public DateOnly? FirstReported { get; init; }
    public bool? ReplyReceived { get; init; }
    public string? ReplyContent { get; init; }
    public string? Complaint { get; init; }
    public string? Remedy { get; init; }

    /// <summary>D25c: the filer's answer to "already handled by another ADR body or a court?" (null or empty: no).</summary>
    public string? PreviouslyHandledBy { get; init; }

    public IntakeAnswers ToIntakeAnswers() => new()
    {
        Scheme = Scheme.BindingRuling,
        FiledBy = FiledBy,
        ClaimantIsConsumer = ClaimantIsConsumer,
        PurchasedOnline = PurchasedOnline,
        ConsumerCountry = CountryCode.Create(ConsumerCountry) is { IsSuccess: true } c ? c.Value : CountryCode.Netherlands,
        ProductValue = Money.Create(ProductValue ?? EligibilityChecker.MinimumProductValue.Amount) is { IsSuccess: true } v ? v.Value : EligibilityChecker.MinimumProductValue,
        TotalClaim = Money.Create(ClaimTotal ?? 0m) is { IsSuccess: true } t ? t.Value : Money.Zero,
        FirstReportedToWebshop = ComplainedToWebshop == false ? null : FirstReported ?? OrderDate,
        OrderDate = OrderDate,
        PreviouslyHandledBy = PreviouslyHandledBy,
    };
}
