using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;

namespace AdrDesk.Domain.Eligibility;

/// <summary>
/// Checks intake answers against the register and the clock, reporting every applicable ground
/// (a checklist, not a first-failure exit) so the filer learns all reasons at once.
/// </summary>
public static class EligibilityChecker
{
    /// <summary>D2, Decided: €25.00 is eligible.</summary>
    public static readonly Money MinimumProductValue = Money.Euros(25.00m);

    /// <summary>D3, Decided: the claim must be lower than this; €25,000.00 is refused.</summary>
    public static readonly Money ClaimCeiling = Money.Euros(25_000.00m);

    /// <summary>D25e, Decided: day 365 after the first report is still in time, day 366 is late.</summary>
    public const int ComplaintWindowDays = 365;

    public static EligibilityResult Check(IntakeAnswers answers, Organisation? respondent, TimeProvider clock) =>
        Check(answers, respondent, clock.GetUtcNow());

    /// <summary>At a given moment: the filing's for a filed case (D25e, D5 judged at filing).</summary>
    public static EligibilityResult Check(IntakeAnswers answers, Organisation? respondent, DateTimeOffset now)
    {
        var grounds = answers.Scheme switch
        {
            Scheme.BindingRuling => BindingRuling(answers, respondent, now),
            Scheme.B2BMediation => B2BMediation(answers, respondent),
            _ => Bemiddeling(respondent),
        };
        return new EligibilityResult(grounds.ToList());
    }

    private static IEnumerable<EligibilityGround> BindingRuling(IntakeAnswers a, Organisation? webshop, DateTimeOffset now)
    {
        if (!a.PurchasedOnline) yield return new NotAnOnlinePurchase();
        if (!a.ConsumerCountry.IsEuMemberState) yield return new ConsumerNotResidentInEu(a.ConsumerCountry);
        if (!a.ClaimantIsConsumer) yield return new DisputeBetweenBusinesses();
        if (a.ProductValue < MinimumProductValue) yield return new ProductValueBelowMinimum(a.ProductValue);
        if (a.TotalClaim >= ClaimCeiling) yield return new ClaimNotBelowMaximum(a.TotalClaim);

        if (a.FirstReportedToWebshop is not { } reported) yield return new NoPriorComplaintToWebshop();
        else if (AmsterdamCalendar.DaysBetween(reported, AmsterdamCalendar.DateOf(now)) is var days && days > ComplaintWindowDays)
            yield return new ComplaintTooOld(reported, days);

        if (a.FiledBy == PartyRole.Business && a.ConsumerConsented == false) yield return new ConsumerConsentRefused();
        if (a.FiledBy == PartyRole.Business && a.ConsumerConsented is null) yield return new ConsumerConsentPending();

        if (!string.IsNullOrWhiteSpace(a.PreviouslyHandledBy)) yield return new AlreadyHandledElsewhere(a.PreviouslyHandledBy.Trim());

        if (webshop is null)
        {
            yield return new RespondentNotInRegister();
            yield break;
        }
        if (webshop.CountryOfEstablishment != CountryCode.Netherlands)
            yield return new WebshopNotEstablishedInNetherlands(webshop.CountryOfEstablishment);
        if (webshop.IsInsolventOrCeased) yield return new WebshopInsolventOrCeased(webshop.Status);
        // D25i: judged only on an order date the filer gave.
        if (a.OrderDate is { } ordered && !webshop.IsAffiliatedOn(ordered)) yield return new WebshopNotAffiliatedAtOrder(ordered);
        if (!webshop.IsSubscribedAt(now)) yield return new WebshopNotSubscribedAtFiling();
    }

    private static IEnumerable<EligibilityGround> B2BMediation(IntakeAnswers a, Organisation? participant)
    {
        // M1: both the contract and the participant must use the scheme's B2B terms.
        if (!a.ContractUsedSchemeB2BTerms || participant is not { UsesSchemeB2BTerms: true }) yield return new B2BTermsNotUsed();
    }

    private static IEnumerable<EligibilityGround> Bemiddeling(Organisation? participant)
    {
        if (participant is not { IsSchemeParticipant: true }) yield return new NotACustomerOfSchemeParticipant();
    }
}
