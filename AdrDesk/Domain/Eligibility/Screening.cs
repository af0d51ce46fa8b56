using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;

namespace AdrDesk.Domain.Eligibility;

/// <summary>What the filer answered behind a ground: the question (a key the desk's screen words) and the answer's values.</summary>
public sealed record FilerAnswer(string Question, object? Value);

/// <summary>What the register says behind a ground (a key the desk's screen words, and its values).</summary>
public sealed record RegisterFact(string Fact, IReadOnlyList<object?> Values);

/// <summary>One D25 ground (or D5/D9 wait) found for a case, with the filer's own answer and the register facts behind it.</summary>
public sealed record ScreenedGround(EligibilityGround Ground, FilerAnswer? Answer, RegisterFact? Fact)
{
    /// <summary>The desk's latest decision on this ground, if any (Decided, D25).</summary>
    public StaffDecision? Decision { get; init; }
}

/// <summary>
/// The one screening of a binding-ruling case (issue 18): the grounds of D25 a–j from the filing's answers and the
/// register at the relevant dates (D25e and D5 at filing, D25i on the order date, D25h now), the decisions the desk
/// must record before the case may go on, and what it still waits for (D5, D9).
/// </summary>
public sealed record ScreeningAssessment(IReadOnlyList<ScreenedGround> Grounds, IReadOnlyList<string> DecisionsMissing)
{
    /// <summary>Automatic refusals (D25 a, d–h; D1) that no decision can set aside: the case can only be refused.</summary>
    public IReadOnlyList<ScreenedGround> Refusals =>
        Grounds.Where(g => g.Ground.Handling == GroundHandling.Automatic && !g.Ground.StaffMayOverride).ToList();

    public IReadOnlyList<ScreenedGround> Awaiting => Grounds.Where(g => g.Ground.Handling == GroundHandling.Awaiting).ToList();

    /// <summary>Why the case may not be forwarded yet, or null when it may (D5, D9, D25, Decided).</summary>
    public DomainError? ForwardBlockedBy =>
        Refusals.Count > 0 ? new ScreeningFoundRefusalGround(Refusals[0].Ground.RuleId ?? "D25")
        // D9, D5: what the case waits for comes before the desk's decisions (without consent nothing else is decided).
        : Awaiting.FirstOrDefault()?.Ground is { } waiting ? waiting
        : DecisionsMissing.Count > 0 ? new ScreeningDecisionRequired(DecisionsMissing[0])
        : null;
}

public sealed record ScreeningFoundRefusalGround(string Ground) : DomainError("D25")
{
    public override IReadOnlyList<object?> Arguments => [Ground];
}

public sealed record ScreeningDecisionRequired(string Ground) : DomainError("D25")
{
    public override IReadOnlyList<object?> Arguments => [Ground];
}

public static class CaseScreening
{
    /// <summary>Decided: D25c (when the filer named one), D25i (when it applies) and D25j (always) need the desk's decision with a reason.</summary>
    public static ScreeningAssessment Assess(BindingRulingCase c, FilingAnswers? answers, Organisation? webshop, DateTimeOffset now)
    {
        var filed = c.FiledAt ?? now;
        var grounds = new List<ScreenedGround>();
        if (answers is not null)
        {
            var found = EligibilityChecker.Check(answers.ToIntakeAnswers() with { FiledBy = c.FiledBy, ConsumerConsented = true }, webshop, filed).Grounds;
            grounds.AddRange(found.Where(g => g is not (WebshopInsolventOrCeased or WebshopNotSubscribedAtFiling or AlreadyHandledElsewhere))
                .Select(g => new ScreenedGround(g, AnswerBehind(g, answers), FactBehind(g, webshop))));
        }
        else if (webshop is null) grounds.Add(new ScreenedGround(new RespondentNotInRegister(), null, null));
        else if (webshop.CountryOfEstablishment != CountryCode.Netherlands)
            grounds.Add(new ScreenedGround(new WebshopNotEstablishedInNetherlands(webshop.CountryOfEstablishment), null, new RegisterFact("Country", [webshop.CountryOfEstablishment])));

        // D25h: before or after filing, so the register as it is now.
        if (webshop is { IsInsolventOrCeased: true }) grounds.Add(new ScreenedGround(new WebshopInsolventOrCeased(webshop.Status), null,
            new RegisterFact("Status", [webshop.Status, webshop.StatusSince])));
        // D5: taken on once subscribed; judged now, so a subscription taken after the invitation counts.
        if (webshop is not null && !webshop.IsSubscribedAt(now) && c.State is not BindingRulingState.Filed)
            grounds.Add(new ScreenedGround(new WebshopNotSubscribedAtFiling(), null, Subscriptions(webshop)));
        // D9/D25g: a webshop's filing waits for the consumer.
        if (!c.ConsentGiven) grounds.Add(new ScreenedGround(new ConsumerConsentPending(), null, null));

        // Decided: b, c, j are the desk's; c with the filer's own answer.
        var handled = answers?.PreviouslyHandledBy?.Trim();
        grounds.Add(new ScreenedGround(new TrivialAmountOrMinorDefect(), null, null));
        grounds.Add(new ScreenedGround(new AlreadyHandledElsewhere(handled ?? ""),
            new FilerAnswer("PreviouslyHandledBy", string.IsNullOrEmpty(handled) ? null : handled), null));
        grounds.Add(new ScreenedGround(new ImpairsEffectiveOperation(), null, null));

        var decided = grounds.Select(g => g with { Decision = c.StaffDecisions.LastOrDefault(d => d.RuleId == g.Ground.RuleId) }).ToList();
        var required = new List<string>();
        if (decided.Any(g => g.Ground is WebshopNotAffiliatedAtOrder)) required.Add("D25i");
        if (!string.IsNullOrEmpty(handled)) required.Add("D25c");
        // Decided: D25j is the desk's own judgement on every case (would handling seriously impair its operation?), so
        // like D25i it is decided, with a written reason, before the case goes on.
        required.Add("D25j");
        var missing = required.Where(r => decided.First(g => g.Ground.RuleId == r).Decision is not { Outcome: StaffDecisionOutcome.Handle }).ToList();
        return new ScreeningAssessment(decided, missing);
    }

    private static FilerAnswer? AnswerBehind(EligibilityGround g, FilingAnswers a) => g switch
    {
        NotAnOnlinePurchase => new("PurchasedOnline", a.PurchasedOnline),
        ConsumerNotResidentInEu => new("ConsumerCountry", a.ConsumerCountry),
        DisputeBetweenBusinesses => new("ClaimantIsConsumer", a.ClaimantIsConsumer),
        ProductValueBelowMinimum => new("ProductValue", a.ProductValue),
        ClaimNotBelowMaximum => new("ClaimTotal", a.ClaimTotal),
        NoPriorComplaintToWebshop => new("ComplainedToWebshop", a.ComplainedToWebshop),
        ComplaintTooOld => new("FirstReported", a.FirstReported),
        WebshopNotAffiliatedAtOrder => new("OrderDate", a.OrderDate),
        _ => null,
    };

    private static RegisterFact? FactBehind(EligibilityGround g, Organisation? webshop) => (g, webshop) switch
    {
        (WebshopNotAffiliatedAtOrder, { } w) => Subscriptions(w),
        (WebshopNotEstablishedInNetherlands, { } w) => new RegisterFact("Country", [w.CountryOfEstablishment]),
        _ => null,
    };

    private static RegisterFact Subscriptions(Organisation w) =>
        new("Subscriptions", w.Subscriptions.Select(p => (object?)p).ToList());
}
