using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;

namespace AdrDesk.Features.Intake.Model;

/// <summary>A ground and the step where it arises (item 3).</summary>
public sealed record StepGround(IntakeStep Step, EligibilityGround Ground);

/// <summary>
/// Runs the procedure engine's <see cref="EligibilityChecker"/> on a half-filled form (item 3): an
/// unanswered question gets a value that passes, so only grounds of answered questions appear.
/// </summary>
public static class IntakeEligibility
{
    public static IntakeAnswers ToAnswers(IntakeForm f, DateOnly today) => new()
    {
        Scheme = f.Scheme,
        FiledBy = f.FiledBy,
        ClaimantIsConsumer = f.FiledBy == PartyRole.Business || f.ClaimantIsConsumer != false,
        PurchasedOnline = f.PurchasedOnline != false,
        ConsumerCountry = CountryCode.Create(f.Country) is { IsSuccess: true } c ? c.Value : CountryCode.Netherlands,
        ProductValue = Money.Create(f.ProductValue ?? EligibilityChecker.MinimumProductValue.Amount) is { IsSuccess: true } v ? v.Value : EligibilityChecker.MinimumProductValue,
        TotalClaim = Money.Create(f.ClaimTotal ?? 0m) is { IsSuccess: true } t ? t.Value : Money.Zero,
        FirstReportedToWebshop = f.ComplainedToWebshop switch
        {
            false => null,
            true => f.FirstReported is { } d && d <= today ? d : today,
            // D9: a webshop filing does not ask this of the webshop; unanswered is not a ground.
            null => today,
        },
        // Item 7: only a valid order date the filer entered is judged (D25i).
        OrderDate = f.OrderDate is { } o && o <= today ? o : null,
        // D9: the consumer answers later; the intake reports it as "awaiting", never as a refusal.
        ConsumerConsented = null,
        PreviouslyHandledBy = f.PreviouslyHandledBy,
        ContractUsedSchemeB2BTerms = f.ContractUsedSchemeB2BTerms != false,
    };

    /// <summary>
    /// Every ground for the answers so far, each placed at its step. A webshop that is only named
    /// (not found in the register) is D1's "not in our register" once the filer has named it.
    /// </summary>
    public static IReadOnlyList<StepGround> Check(IntakeForm f, Organisation? respondent, TimeProvider clock)
    {
        var today = AmsterdamCalendar.DateOf(clock.GetUtcNow());
        var result = EligibilityChecker.Check(ToAnswers(f, today), respondent, clock);
        var named = respondent is not null || !string.IsNullOrWhiteSpace(f.WebshopName);
        return result.Grounds
            .Where(g => named || g is not (RespondentNotInRegister or NotACustomerOfSchemeParticipant or B2BTermsNotUsed))
            .Select(g => new StepGround(StepOf(g), g))
            .ToList();
    }

    /// <summary>Item 3: staff-decision grounds (D25b, c, j) are never shown to a party as a refusal.</summary>
    public static IEnumerable<StepGround> VisibleToFiler(IEnumerable<StepGround> grounds) =>
        grounds.Where(g => g.Ground.Handling != GroundHandling.StaffDecision);

    /// <summary>Automatic refusals that stop submission; D25i is the desk's to override, so it does not stop it.</summary>
    public static IEnumerable<StepGround> Blocking(IEnumerable<StepGround> grounds) =>
        grounds.Where(g => g.Ground.Handling == GroundHandling.Automatic && !g.Ground.StaffMayOverride);

    public static IntakeStep StepOf(EligibilityGround ground) => ground switch
    {
        ConsumerNotResidentInEu or DisputeBetweenBusinesses or ConsumerConsentPending or ConsumerConsentRefused => IntakeStep.Who,
        RespondentNotInRegister or WebshopNotEstablishedInNetherlands or WebshopInsolventOrCeased or WebshopNotSubscribedAtFiling
            or NotACustomerOfSchemeParticipant or B2BTermsNotUsed => IntakeStep.Webshop,
        NotAnOnlinePurchase or ProductValueBelowMinimum or WebshopNotAffiliatedAtOrder => IntakeStep.Purchase,
        NoPriorComplaintToWebshop or ComplaintTooOld or AlreadyHandledElsewhere => IntakeStep.Complaint,
        ClaimNotBelowMaximum => IntakeStep.Claim,
        _ => IntakeStep.Review,
    };
}
