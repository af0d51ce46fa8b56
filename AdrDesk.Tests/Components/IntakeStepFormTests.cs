using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Intake.Steps;
using Bunit;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 5: the wizard's steps on MudBlazor, each rendered alone with its answers and messages: what it shows,
/// the messages of an empty or invalid step at their fields (IntakeValidator's, as the wizard passes them), what a
/// click or an answer changes, the step list and the review.
/// </summary>
public sealed class IntakeStepFormTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static IReadOnlyList<FieldIssue> Issues(IntakeForm form, IntakeStep step) => IntakeValidator.Validate(form, step, Today);

    private static string Message<T>(IRenderedComponent<T> step, string field) where T : Microsoft.AspNetCore.Components.IComponent =>
        step.Find($"#msg-{field}").TextContent.Trim();

    [Fact]
    public async Task The_who_step_names_its_fields_as_the_filer_reads_them_and_shows_each_empty_fields_message()
    {
        await using var ctx = ComponentHost.Create();
        var form = new IntakeForm();
        var step = ctx.Render<StepWho>(p => p.Add(s => s.Form, form).Add(s => s.Issues, Issues(form, IntakeStep.Who)));

        Assert.Equal("Uw naam", step.Find("label[for=Name]").TextContent.Trim());
        Assert.Equal("E-mailadres", step.Find("label[for=Email]").TextContent.Trim());
        Assert.Equal("Straat en huisnummer", step.Find("label[for=Street]").TextContent.Trim());
        foreach (var field in new[] { "Name", "Email", "Street", "PostalCode", "City" })
        {
            Assert.Equal("Vul dit in.", Message(step, field));
            var input = step.Find($"input#{field}");
            Assert.Equal("true", input.GetAttribute("aria-invalid"));
            Assert.Contains($"msg-{field}", input.GetAttribute("aria-describedby"));
            Assert.Equal("true", input.GetAttribute("aria-required"));
        }
        Assert.Equal("Kies een antwoord.", Message(step, nameof(IntakeForm.ClaimantIsConsumer)));
        Assert.Equal("alert", step.Find("#msg-Name").GetAttribute("role"));
        // Phone is optional: no message, not required.
        Assert.Empty(step.FindAll("#msg-Phone"));
        Assert.NotEqual("true", step.Find("input#Phone").GetAttribute("aria-required"));
    }

    [Fact]
    public async Task The_who_step_takes_the_answers_typed_and_chosen_and_asks_for_a_representative_only_when_there_is_one()
    {
        await using var ctx = ComponentHost.Create();
        var form = new IntakeForm();
        var changes = 0;
        var step = ctx.Render<StepWho>(p => p.Add(s => s.Form, form).Add(s => s.Changed, () => changes++));

        await step.Find("input#Name").ChangeAsync(new() { Value = "Sanne de Vries" });
        await step.Find("#ClaimantIsConsumer-yes").ClickAsync(new());
        step.WaitForAssertion(() => Assert.True(form.ClaimantIsConsumer));
        Assert.Equal("Sanne de Vries", form.Name);
        Assert.True(changes >= 2);
        Assert.Empty(step.FindAll("input#RepresentativeName"));

        await step.Find("input#HasRepresentative").ChangeAsync(new() { Value = true });
        step.Render(p => p.Add(s => s.Form, form));
        Assert.True(form.HasRepresentative);
        Assert.Equal("Naam van de vertegenwoordiger", step.Find("label[for=RepresentativeName]").TextContent.Trim());
    }

    [Fact, Trait("Rule", "M1")]
    public async Task The_who_step_of_a_B2B_mediation_asks_for_the_company_not_whether_one_files_as_a_consumer()
    {
        await using var ctx = ComponentHost.Create();
        var step = ctx.Render<StepWho>(p => p.Add(s => s.Form, new IntakeForm { Scheme = Scheme.B2BMediation }));

        Assert.Equal("Naam van uw bedrijf", step.Find("label[for=Name]").TextContent.Trim());
        Assert.Empty(step.FindAll("#ClaimantIsConsumer-yes"));
    }

    [Fact]
    public async Task The_purchase_step_shows_a_future_date_a_negative_amount_and_missing_answers_at_their_fields()
    {
        await using var ctx = ComponentHost.Create();
        var form = new IntakeForm { OrderDate = Today.AddDays(3), ProductValue = -5m };
        var step = ctx.Render<StepPurchase>(p => p.Add(s => s.Form, form).Add(s => s.Issues, Issues(form, IntakeStep.Purchase)));

        Assert.Equal("Deze datum ligt in de toekomst.", Message(step, nameof(IntakeForm.OrderDate)));
        Assert.Equal("Een bedrag kan niet negatief zijn.", Message(step, nameof(IntakeForm.ProductValue)));
        Assert.Equal("Kies een antwoord.", Message(step, nameof(IntakeForm.PurchasedOnline)));
        Assert.Equal("Vul dit in.", Message(step, nameof(IntakeForm.Product)));
        Assert.Empty(step.FindAll("#msg-ShippingCosts")); // optional
        Assert.Equal("Kocht u het product online, bij deze webshop?", step.Find("fieldset legend").TextContent.Trim());
    }

    [Fact]
    public async Task The_purchase_step_reads_a_Dutch_date_and_amount_and_the_yes_no_answer()
    {
        await using var ctx = ComponentHost.Create();
        var form = new IntakeForm();
        var step = ctx.Render<StepPurchase>(p => p.Add(s => s.Form, form));

        await step.Find("#PurchasedOnline-no").ClickAsync(new());
        await step.Find("input#OrderDate").ChangeAsync(new() { Value = "14-10-2026" });
        await step.Find("input#ProductValue").ChangeAsync(new() { Value = "899,50" });

        step.WaitForAssertion(() => Assert.False(form.PurchasedOnline));
        Assert.Equal(new DateOnly(2026, 10, 14), form.OrderDate);
        Assert.Equal(899.50m, form.ProductValue);
    }

    [Fact]
    public async Task The_claim_step_shows_required_messages_and_a_lower_claim_as_a_warning_not_an_error()
    {
        await using var ctx = ComponentHost.Create();
        var empty = new IntakeForm();
        var step = ctx.Render<StepClaim>(p => p.Add(s => s.Form, empty).Add(s => s.Issues, Issues(empty, IntakeStep.Claim)));
        Assert.Equal("Vul dit in.", Message(step, nameof(IntakeForm.Remedy)));
        Assert.Equal("Vul dit in.", Message(step, nameof(IntakeForm.ClaimTotal)));
        Assert.Equal("textarea", step.Find("#Remedy").TagName.ToLowerInvariant());

        var lower = new IntakeForm { Remedy = "Geld terug", ProductValue = 899m, ClaimTotal = 500m };
        step.Render(p => p.Add(s => s.Form, lower).Add(s => s.Issues, Issues(lower, IntakeStep.Claim)));
        var warning = step.Find("#msg-ClaimTotal");
        Assert.Contains("adr-field-warning", warning.ClassName);
        Assert.NotEqual("true", step.Find("input#ClaimTotal").GetAttribute("aria-invalid"));
    }

    [Fact, Trait("Rule", "D8"), Trait("Rule", "D21")]
    public async Task The_language_step_sets_the_procedure_language_and_post()
    {
        await using var ctx = ComponentHost.Create();
        var form = new IntakeForm();
        var changes = 0;
        var step = ctx.Render<StepLanguage>(p => p.Add(s => s.Form, form).Add(s => s.Changed, () => changes++));

        Assert.Equal("In welke taal wilt u de procedure?", step.Find("fieldset legend").TextContent.Trim());
        await step.Find("#language-en").ClickAsync(new());
        step.WaitForAssertion(() => Assert.Equal(Language.En, form.ProcedureLanguage));
        await step.Find("input#ByPost").ChangeAsync(new() { Value = true });
        Assert.True(form.ByPost);
        Assert.Equal(2, changes);
    }

    [Fact, Trait("Rule", "D17")]
    public async Task The_submit_step_asks_to_accept_the_binding_ruling_only_for_binding_rulings_and_says_what_is_missing()
    {
        await using var ctx = ComponentHost.Create();
        var binding = new IntakeForm();
        var step = ctx.Render<StepSubmit>(p => p.Add(s => s.Form, binding).Add(s => s.Issues, Issues(binding, IntakeStep.Submit)));
        Assert.Equal("U moet hiermee instemmen om in te dienen.", Message(step, nameof(IntakeForm.AcceptsBindingRuling)));
        Assert.Equal("U moet hiermee instemmen om in te dienen.", Message(step, nameof(IntakeForm.AcceptsDataSharing)));
        await step.Find("input#AcceptsBindingRuling").ChangeAsync(new() { Value = true });
        Assert.True(binding.AcceptsBindingRuling);

        var bemiddeling = new IntakeForm { Scheme = Scheme.ConsumerBemiddeling };
        step.Render(p => p.Add(s => s.Form, bemiddeling).Add(s => s.Issues, []));
        Assert.Empty(step.FindAll("input#AcceptsBindingRuling"));
        Assert.Single(step.FindAll("input#AcceptsDataSharing"));
    }

    [Fact]
    public async Task The_step_list_marks_the_current_step_offers_the_reached_ones_and_says_step_n_of_m()
    {
        await using var ctx = ComponentHost.Create();
        string[] titles = ["Wie bent u", "De webshop", "De aankoop", "Uw klacht aan de webshop", "Controleren"];
        int? picked = null;
        var list = ctx.Render<IntakeStepList>(p => p.Add(l => l.Titles, titles).Add(l => l.Current, 1).Add(l => l.Reached, 2)
            .Add(l => l.Selected, (int i) => picked = i));

        Assert.Equal("Stappen", list.Find("nav").GetAttribute("aria-label"));
        var items = list.FindAll("ol > li");
        Assert.Equal(5, items.Count);
        Assert.Equal("step", items[1].GetAttribute("aria-current"));
        Assert.Null(items[0].GetAttribute("aria-current"));
        // Steps reached (the first and the third) are buttons; the current and those ahead are not.
        Assert.Equal(["Wie bent u", "De aankoop"], list.FindAll("button").Select(b => b.QuerySelector(".adr-step-title")!.TextContent));
        // On a phone: the current step's name and "stap 2 van 5".
        Assert.Equal("De webshop · stap 2 van 5", string.Join(' ', list.Find("[data-testid=step-of]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

        await list.FindAll("button")[0].ClickAsync(new());
        Assert.Equal(0, picked);
    }

    [Fact, Trait("Issue", "21")]
    public async Task The_step_list_renders_again_only_when_a_step_is_opened_or_reached_not_for_an_answer()
    {
        await using var ctx = ComponentHost.Create();
        string[] titles = ["Wie bent u", "De webshop", "De aankoop"];
        int? picked = null;
        var list = ctx.Render<IntakeStepList>(p => p.Add(l => l.Titles, titles).Add(l => l.Current, 1).Add(l => l.Reached, 1)
            .Add(l => l.Selected, (int i) => picked = i));
        var before = list.RenderCount;

        // The wizard renders for an answer changed: the same steps in a new list.
        list.Render(p => p.Add(l => l.Titles, titles.ToList()).Add(l => l.Current, 1).Add(l => l.Reached, 1));
        Assert.Equal(before, list.RenderCount);

        // The next step opened: rendered, the first still a button that opens it.
        list.Render(p => p.Add(l => l.Titles, titles.ToList()).Add(l => l.Current, 2).Add(l => l.Reached, 2));
        Assert.Equal(before + 1, list.RenderCount);
        Assert.Equal("step", list.FindAll("ol > li")[2].GetAttribute("aria-current"));
        await list.FindAll("button")[0].ClickAsync(new());
        Assert.Equal(0, picked);
    }

    [Fact, Trait("Issue", "21")]
    public async Task A_yes_no_field_renders_again_for_its_own_value_or_message_and_not_for_another_answer()
    {
        await using var ctx = ComponentHost.Create();
        bool? chosen = null;
        var field = ctx.Render<CountingYesNo>(p => p.Add(f => f.Id, "PurchasedOnline").Add(f => f.Label, "Online gekocht?")
            .Add(f => f.ValueChanged, (bool? v) => chosen = v)
            .Add(f => f.Issues, new List<FieldIssue> { new("Product", "Validation.Required") }));
        var before = field.Instance.Renders;

        // The wizard renders for another answer: the same value, the messages read again (new lists, another field's message).
        field.Render(p => p.Add(f => f.Issues, new List<FieldIssue> { new("Product", "Validation.Required") }));
        Assert.Equal(before, field.Instance.Renders);

        // Its own value, then a message at it: rendered each time.
        field.Render(p => p.Add(f => f.Value, true));
        Assert.Equal(before + 1, field.Instance.Renders);
        field.Render(p => p.Add(f => f.Issues, new List<FieldIssue> { new("PurchasedOnline", "Validation.Required") }));
        Assert.Equal(before + 2, field.Instance.Renders);
        Assert.NotNull(field.Find("#msg-PurchasedOnline"));

        // Its radios still answer with the current handler.
        await field.Find("#PurchasedOnline-no").ClickAsync(new());
        field.WaitForAssertion(() => Assert.Equal(false, chosen));
    }

    [Fact]
    public async Task The_review_step_lists_what_was_entered_in_words_and_Wijzigen_opens_that_step()
    {
        await using var ctx = ComponentHost.Create();
        var form = new IntakeForm
        {
            ClaimantIsConsumer = true, Name = "Sanne de Vries", Email = "sanne@test.adrdesk.nl", Street = "Kerkstraat 1", PostalCode = "3511 AB", City = "Utrecht",
            WebshopName = "Fietsenwinkel BV", PurchasedOnline = true, OrderDate = new DateOnly(2026, 10, 14), Product = "Racefiets Vento 3", ProductValue = 899m,
            Uploads = [new UploadRef(Guid.NewGuid(), "bon.pdf", 2048)],
        };
        int? opened = null;
        var step = ctx.Render<StepReview>(p => p.Add(s => s.Form, form).Add(s => s.GoTo, (int i) => opened = i)
            .Add(s => s.AllIssues, IntakeValidator.ValidateAll(form, Today).Where(i => i.Step != IntakeStep.Submit).ToList()));

        var text = step.Markup;
        foreach (var shown in new[] { "Sanne de Vries", "sanne@test.adrdesk.nl", "Kerkstraat 1, 3511 AB Utrecht", "Nederland", "Fietsenwinkel BV", "14-10-2026",
                     "Racefiets Vento 3", "€ 899,00", "bon.pdf", "Nederlands" })
            Assert.Contains(shown, text);
        // Steps with answers missing say how many.
        Assert.NotEmpty(step.FindAll(".adr-review .adr-field-error"));

        var change = step.FindAll("button").Single(b => b.GetAttribute("aria-label") == "De aankoop wijzigen");
        await change.ClickAsync(new());
        Assert.Equal(2, opened);
    }

    [Fact, Trait("Rule", "D4")]
    public async Task The_helper_letter_opens_on_its_button_with_the_webshop_and_the_filer_in_it()
    {
        await using var ctx = ComponentHost.Create();
        var form = new IntakeForm { Name = "Sanne de Vries", WebshopName = "Fietsenwinkel BV", OrderNumber = "FO-2026-1001" };
        var letter = ctx.Render<HelperLetter>(p => p.Add(l => l.Form, form));
        Assert.Empty(letter.FindAll("textarea"));

        await letter.Find("button").ClickAsync(new());

        Assert.Equal("Brief (om te kopiëren)", letter.Find("label[for=helper-letter]").TextContent.Trim());
        var text = letter.Find("textarea#helper-letter").GetAttribute("value") ?? letter.Find("textarea#helper-letter").TextContent;
        Assert.Contains("Fietsenwinkel BV", text);
        Assert.Contains("FO-2026-1001", text);
        Assert.Contains("Sanne de Vries", text);
    }
}
