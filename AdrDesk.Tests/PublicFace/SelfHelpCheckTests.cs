using AdrDesk.Features.Home;

namespace AdrDesk.Tests.PublicFace;

/// <summary>Issue 20 item 1: "Kunnen wij u helpen?", its logic without a page: every question, every ending.</summary>
public sealed class SelfHelpCheckTests
{
    private const string AllYes = "yyyyyyyyyyy";

    [Fact]
    public void An_empty_check_asks_the_first_question()
    {
        var state = SelfHelpCheck.Evaluate(null);
        Assert.Empty(state.Steps);
        Assert.Equal(SelfHelpQuestion.OnlinePurchase, state.Next);
        Assert.Null(state.Ending);
    }

    [Fact, Trait("Rule", "D1"), Trait("Rule", "D25")]
    public void Yes_to_every_question_ends_in_the_wizard_after_all_eleven_questions()
    {
        Assert.Equal(11, SelfHelpCheck.Order.Count);
        var state = SelfHelpCheck.Evaluate(AllYes);
        Assert.Equal(SelfHelpEnding.FileWithUs, state.Ending);
        Assert.Null(state.Next);
        Assert.Equal(SelfHelpCheck.Order, state.Steps.Select(s => s.Question));
        Assert.All(state.Steps, s => Assert.True(s.Passed));
    }

    [Theory]
    [InlineData(0, SelfHelpEnding.OtherDisputesBody, "D1")] // not an online purchase
    [InlineData(1, SelfHelpEnding.BusinessMediation, "D25f")] // a business buyer
    [InlineData(2, SelfHelpEnding.CrossBorderHelp, "D1")] // lives outside the EU
    [InlineData(3, SelfHelpEnding.OtherDisputesBody, "D25i")] // webshop not affiliated
    [InlineData(4, SelfHelpEnding.ComplainFirst, "D25a")] // did not complain first
    [InlineData(5, SelfHelpEnding.WaitForWebshop, "D4")] // the webshop may still answer
    [InlineData(6, SelfHelpEnding.Court, "D25e")] // more than 365 days
    [InlineData(7, SelfHelpEnding.Court, "D2")] // under €25
    [InlineData(8, SelfHelpEnding.Court, "D3")] // €25,000 or more
    [InlineData(9, SelfHelpEnding.Court, "D25c")] // already handled
    [InlineData(10, SelfHelpEnding.WebshopInsolvent, "D25h")] // bankrupt or closed
    [Trait("Rule", "D1"), Trait("Rule", "D2"), Trait("Rule", "D3"), Trait("Rule", "D4"), Trait("Rule", "D25")]
    public void A_no_stops_the_check_at_its_question_with_the_place_to_go(int question, SelfHelpEnding ending, string rule)
    {
        var answers = new string('y', question) + "n" + "yyyy"; // letters after the ending are ignored
        var state = SelfHelpCheck.Evaluate(answers);
        Assert.Equal(ending, state.Ending);
        Assert.Equal(question + 1, state.Steps.Count);
        var last = state.Steps[^1];
        Assert.Equal(SelfHelpCheck.Order[question], last.Question);
        Assert.False(last.Passed);
        Assert.Equal(rule, last.Rule);
        Assert.All(state.Steps.Take(question), s => Assert.True(s.Passed));
    }

    [Fact, Trait("Rule", "D25")]
    public void Not_sure_goes_on_where_the_desk_checks_and_is_not_offered_where_only_the_person_knows()
    {
        // D25 Decided: grounds c, h, i are checked by the desk (or decided by staff): a guess must not turn anyone away.
        var state = SelfHelpCheck.Evaluate("yyyuyyyuyuu");
        Assert.Equal(SelfHelpEnding.FileWithUs, state.Ending);
        Assert.Equal(4, state.Steps.Count(s => s.Answer == SelfHelpAnswer.NotSure));
        // "Did you complain first?" only the person knows: "not sure" is no answer there and the question is asked again.
        var again = SelfHelpCheck.Evaluate("yyyyu");
        Assert.Equal(SelfHelpQuestion.ComplainedFirst, again.Next);
        Assert.Equal(4, again.Steps.Count);
        Assert.DoesNotContain(SelfHelpAnswer.NotSure, SelfHelpCheck.AnswersOf(SelfHelpQuestion.ComplainedFirst));
        Assert.Contains(SelfHelpAnswer.NotSure, SelfHelpCheck.AnswersOf(SelfHelpQuestion.WebshopAffiliated));
    }

    [Theory]
    [InlineData("yx", 1)]
    [InlineData("Y", 0)]
    [InlineData("yy?yy", 2)]
    public void An_edited_address_never_fails_it_asks_the_question_of_the_first_unknown_letter_again(string answers, int asked)
    {
        var state = SelfHelpCheck.Evaluate(answers);
        Assert.Null(state.Ending);
        Assert.Equal(SelfHelpCheck.Order[asked], state.Next);
        Assert.Equal(asked, state.Steps.Count);
    }

    [Fact]
    public void The_links_carry_the_answers_so_far_and_change_goes_back_to_the_question()
    {
        var state = SelfHelpCheck.Evaluate("yyu");
        Assert.Equal("yyn", SelfHelpCheck.Append(SelfHelpCheck.Evaluate("yy"), SelfHelpAnswer.No));
        Assert.Equal("yyyn", SelfHelpCheck.Append(SelfHelpCheck.Evaluate("yyy"), SelfHelpAnswer.No));
        Assert.Equal("y", SelfHelpCheck.Prefix(state, 1));
        Assert.Equal(SelfHelpQuestion.AsConsumer, SelfHelpCheck.Evaluate(SelfHelpCheck.Prefix(state, 1)).Next);
    }

    [Fact]
    public void Every_question_and_ending_has_its_texts_in_Dutch_English_and_German()
    {
        var keys = SelfHelpCheck.Order.SelectMany(q => new[] { $"Q.{q}", $"Q.{q}.Help" }
                .Concat(SelfHelpCheck.AnswersOf(q).Select(a => $"Q.{q}.{a}")))
            .Concat(Enum.GetValues<SelfHelpEnding>().SelectMany(e => new[] { $"End.{e}.Title", $"End.{e}.Text" }))
            .ToList();
        var resources = new System.Resources.ResourceManager(typeof(HomeResource));
        foreach (var culture in new[] { "nl", "en", "de" })
        {
            var set = resources.GetResourceSet(System.Globalization.CultureInfo.GetCultureInfo(culture), true, true)!;
            var missing = keys.Where(k => string.IsNullOrWhiteSpace(set.GetString(k))).ToList();
            Assert.True(missing.Count == 0, $"{culture}: " + string.Join(", ", missing));
        }
        // The translations are their own, not the Dutch text again.
        Assert.NotEqual(resources.GetString("Q.OnlinePurchase", System.Globalization.CultureInfo.GetCultureInfo("nl")),
            resources.GetString("Q.OnlinePurchase", System.Globalization.CultureInfo.GetCultureInfo("de")));
    }
}
