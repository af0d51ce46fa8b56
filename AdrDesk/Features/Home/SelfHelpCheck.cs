namespace AdrDesk.Features.Home;

/// <summary>The questions of "Kunnen wij u helpen?", in the order they are asked; each cites the rule it asks about.</summary>
public enum SelfHelpQuestion
{
    OnlinePurchase, // D1
    AsConsumer, // D1, D25f
    LivesInEu, // D1
    WebshopAffiliated, // D1, D25i
    ComplainedFirst, // D4, D25a
    NoSatisfyingReply, // D4
    Within365Days, // D25e
    ValueAtLeast25, // D2, D25d
    ClaimBelow25000, // D3, D25d
    NotHandledBefore, // D25c
    WebshopStillTrading, // D25h
}

public enum SelfHelpAnswer { Yes, No, NotSure }

/// <summary>Where the check ends: our wizard, first a complaint to the webshop, or another place to go.</summary>
public enum SelfHelpEnding
{
    FileWithUs, // all D1/D25 questions passed: the binding-ruling wizard
    ComplainFirst, // D4/D25a: write to the webshop first (the complaint-letter helper)
    WaitForWebshop, // D4: the webshop may still answer
    BusinessMediation, // D25f: a business buyer; B2B mediation only under the scheme's terms (M1)
    OtherDisputesBody, // D1/D25i: not our scheme; another disputes committee (e.g. De Geschillencommissie)
    CrossBorderHelp, // D1: a consumer outside the EU or a webshop outside the Netherlands
    Court, // D2/D3/D25e/D25c: outside the limits: the kantonrechter (court)
    WebshopInsolvent, // D25h: the receiver (curator) or the court
}

/// <summary>One answered question and the explanation the page shows under it.</summary>
public sealed record SelfHelpStep(SelfHelpQuestion Question, SelfHelpAnswer Answer, bool Passed, string Rule);

/// <summary>Either the next question or the ending; always the answers so far with their explanation.</summary>
public sealed record SelfHelpState(IReadOnlyList<SelfHelpStep> Steps, SelfHelpQuestion? Next, SelfHelpEnding? Ending);

/// <summary>
/// Issue 20 item 1: the self-help check before filing, as plain logic (no UI, no I/O) so every path is tested.
/// It asks the D1/D25 admissibility questions the intake also checks, one at a time, and stops at the first answer
/// that rules the binding-ruling procedure out, with the place to go instead. "Not sure" lets the person go on:
/// the desk decides (D25 Decided: staff can still decide), and the check must not turn someone away on a guess.
/// The answers travel in the page address as one letter each (y/n/u), so the page needs no session and no script.
/// </summary>
public static class SelfHelpCheck
{
    public static readonly IReadOnlyList<SelfHelpQuestion> Order = Enum.GetValues<SelfHelpQuestion>();

    /// <summary>The answers the question offers; "not sure" only where the person may not know and the desk checks.</summary>
    public static IReadOnlyList<SelfHelpAnswer> AnswersOf(SelfHelpQuestion question) => question switch
    {
        SelfHelpQuestion.WebshopAffiliated or SelfHelpQuestion.ValueAtLeast25 or SelfHelpQuestion.NotHandledBefore or SelfHelpQuestion.WebshopStillTrading
            => [SelfHelpAnswer.Yes, SelfHelpAnswer.No, SelfHelpAnswer.NotSure],
        _ => [SelfHelpAnswer.Yes, SelfHelpAnswer.No],
    };

    public static string RuleOf(SelfHelpQuestion question) => question switch
    {
        SelfHelpQuestion.OnlinePurchase or SelfHelpQuestion.LivesInEu => "D1",
        SelfHelpQuestion.AsConsumer => "D25f",
        SelfHelpQuestion.WebshopAffiliated => "D25i",
        SelfHelpQuestion.ComplainedFirst => "D25a",
        SelfHelpQuestion.NoSatisfyingReply => "D4",
        SelfHelpQuestion.Within365Days => "D25e",
        SelfHelpQuestion.ValueAtLeast25 => "D2",
        SelfHelpQuestion.ClaimBelow25000 => "D3",
        SelfHelpQuestion.NotHandledBefore => "D25c",
        SelfHelpQuestion.WebshopStillTrading => "D25h",
        _ => throw new ArgumentOutOfRangeException(nameof(question)),
    };

    /// <summary>The ending an answer leads to, or null when the check goes on.</summary>
    public static SelfHelpEnding? EndingOf(SelfHelpQuestion question, SelfHelpAnswer answer) => (question, answer) switch
    {
        (_, SelfHelpAnswer.Yes) => null,
        (_, SelfHelpAnswer.NotSure) => null,
        (SelfHelpQuestion.OnlinePurchase, _) => SelfHelpEnding.OtherDisputesBody,
        (SelfHelpQuestion.AsConsumer, _) => SelfHelpEnding.BusinessMediation,
        (SelfHelpQuestion.LivesInEu, _) => SelfHelpEnding.CrossBorderHelp,
        (SelfHelpQuestion.WebshopAffiliated, _) => SelfHelpEnding.OtherDisputesBody,
        (SelfHelpQuestion.ComplainedFirst, _) => SelfHelpEnding.ComplainFirst,
        (SelfHelpQuestion.NoSatisfyingReply, _) => SelfHelpEnding.WaitForWebshop,
        (SelfHelpQuestion.Within365Days, _) => SelfHelpEnding.Court,
        (SelfHelpQuestion.ValueAtLeast25, _) => SelfHelpEnding.Court,
        (SelfHelpQuestion.ClaimBelow25000, _) => SelfHelpEnding.Court,
        // The questions below are asked so that "yes" is the good answer: "not handled before", "still trading".
        (SelfHelpQuestion.NotHandledBefore, _) => SelfHelpEnding.Court,
        (SelfHelpQuestion.WebshopStillTrading, _) => SelfHelpEnding.WebshopInsolvent,
        _ => throw new ArgumentOutOfRangeException(nameof(question)),
    };

    /// <summary>
    /// The state after <paramref name="answers"/> (one letter per question: y, n, u). Letters past an ending, unknown
    /// letters and an answer a question does not offer are ignored from that point on: an edited address never errs,
    /// it asks the question again.
    /// </summary>
    public static SelfHelpState Evaluate(string? answers)
    {
        var steps = new List<SelfHelpStep>();
        foreach (var question in Order)
        {
            var index = steps.Count;
            if (answers is null || index >= answers.Length || Parse(answers[index]) is not { } answer || !AnswersOf(question).Contains(answer))
                return new SelfHelpState(steps, question, null);
            var ending = EndingOf(question, answer);
            steps.Add(new SelfHelpStep(question, answer, ending is null, RuleOf(question)));
            if (ending is not null) return new SelfHelpState(steps, null, ending);
        }
        return new SelfHelpState(steps, null, SelfHelpEnding.FileWithUs);
    }

    /// <summary>The address letters of the answers so far plus <paramref name="next"/>.</summary>
    public static string Append(SelfHelpState state, SelfHelpAnswer next) =>
        string.Concat(state.Steps.Select(s => Letter(s.Answer))) + Letter(next);

    /// <summary>The letters of the first <paramref name="count"/> answers: "change this answer" goes back there.</summary>
    public static string Prefix(SelfHelpState state, int count) => string.Concat(state.Steps.Take(count).Select(s => Letter(s.Answer)));

    public static char Letter(SelfHelpAnswer answer) => answer switch
    {
        SelfHelpAnswer.Yes => 'y',
        SelfHelpAnswer.No => 'n',
        _ => 'u',
    };

    private static SelfHelpAnswer? Parse(char letter) => letter switch
    {
        'y' => SelfHelpAnswer.Yes,
        'n' => SelfHelpAnswer.No,
        'u' => SelfHelpAnswer.NotSure,
        _ => null,
    };
}
