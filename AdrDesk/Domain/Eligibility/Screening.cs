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
    /// <summary>Every ground of D25 a–j, found or not, side by side, each with the answers and facts behind it (issue 18).</summary>
    public IReadOnlyList<GroundRow> Rows { get; init; } = [];

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

/// <summary>What the screening makes of one D25 ground.</summary>
public enum GroundFinding
{
    /// <summary>Not found in the filing's answers and the register.</summary>
    NotFound,

    /// <summary>Found (automatically, or refused on it by the desk): the case is refused on it.</summary>
    Found,

    /// <summary>The desk must decide with a written reason before the case goes on (Decided: c, i, j).</summary>
    DecisionNeeded,

    /// <summary>The desk decided to handle the case all the same (D25i) or found nothing in it (b, c, j).</summary>
    DecidedHandle,

    /// <summary>The case waits (D25g: a webshop's filing waits for the consumer's consent, D9).</summary>
    Waiting,
}

/// <summary>One ground of D25 (letter a–j) with the filer's answers and the register facts behind it, found or not (issue 18).</summary>
public sealed record GroundRow(string RuleId, GroundFinding Finding, IReadOnlyList<FilerAnswer> Answers, IReadOnlyList<RegisterFact> Facts, StaffDecision? Decision)
{
    /// <summary>The ground's letter: "a" … "j".</summary>
    public string Letter => RuleId[^1..];
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
        return new ScreeningAssessment(decided, missing) { Rows = RowsOf(c, answers, webshop, decided, missing) };
    }

    /// <summary>The rule ids a D25 letter covers: d is D2 and D3's refusal, g waits on D9's consent.</summary>
    private static bool Covers(string letterRule, string? groundRule) => groundRule == letterRule
        || (letterRule == "D25d" && groundRule is "D2" or "D3")
        || (letterRule == "D25g" && groundRule is "D9");

    private static List<GroundRow> RowsOf(
        BindingRulingCase c, FilingAnswers? a, Organisation? webshop, IReadOnlyList<ScreenedGround> grounds, IReadOnlyList<string> missing)
    {
        var rows = new List<GroundRow>();
        foreach (var letter in "abcdefghij")
        {
            var rule = $"D25{letter}";
            var found = grounds.Where(g => Covers(rule, g.Ground.RuleId)).ToList();
            var decision = c.StaffDecisions.LastOrDefault(d => d.RuleId == rule);
            var finding = missing.Contains(rule) ? GroundFinding.DecisionNeeded
                : decision is { Outcome: StaffDecisionOutcome.Refuse } ? GroundFinding.Found
                : decision is { Outcome: StaffDecisionOutcome.Handle } ? GroundFinding.DecidedHandle
                : found.Any(g => g.Ground.Handling == GroundHandling.Automatic) ? GroundFinding.Found
                : found.Any(g => g.Ground.Handling == GroundHandling.Awaiting) ? GroundFinding.Waiting
                : GroundFinding.NotFound;
            rows.Add(new GroundRow(rule, finding, AnswersBehind(letter, c, a), FactsBehind(letter, c, webshop), decision));
        }
        return rows;
    }

    private static IReadOnlyList<FilerAnswer> AnswersBehind(char letter, BindingRulingCase c, FilingAnswers? a)
    {
        if (letter == 'g') return [new("FiledByWebshop", c.FiledBy == PartyRole.Business)];
        if (a is null) return [];
        return letter switch
        {
            'a' => [new("ComplainedToWebshop", a.ComplainedToWebshop)],
            'b' => [new("ProductValue", a.ProductValue), new("ClaimTotal", a.ClaimTotal)],
            'c' => [new("PreviouslyHandledBy", string.IsNullOrWhiteSpace(a.PreviouslyHandledBy) ? false : a.PreviouslyHandledBy.Trim())],
            'd' => [new("ProductValue", a.ProductValue), new("ClaimTotal", a.ClaimTotal)],
            'e' => [new("FirstReported", a.ComplainedToWebshop == false ? null : a.FirstReported)],
            'f' => [new("ClaimantIsConsumer", a.ClaimantIsConsumer)],
            'i' => [new("OrderDate", a.OrderDate)],
            _ => [],
        };
    }

    private static IReadOnlyList<RegisterFact> FactsBehind(char letter, BindingRulingCase c, Organisation? webshop) => letter switch
    {
        'e' when c.FiledAt is { } filed => [new RegisterFact("FiledOn", [AmsterdamCalendar.DateOf(filed)])],
        'g' when c.FiledBy == PartyRole.Business => [new RegisterFact("ConsumerConsented", [c.ConsentGiven])],
        'h' when webshop is not null => [new RegisterFact("Status", [webshop.Status, webshop.StatusSince])],
        'i' when webshop is not null => [Subscriptions(webshop)],
        _ => [],
    };

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
