using System.Security.Claims;
using System.Text;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Intake;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Intake.Pages;
using AdrDesk.Features.Intake.Steps;
using AdrDesk.Features.Intake.Submission;
using AdrDesk.Features.Intake.Uploads;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Tests.Intake;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 5: the wizard and the steps that call the intake's services, over the real services on SQLite
/// (IntakeFixture: an empty register but for one subscribed and one lapsed webshop; a person never linked to anything).
/// </summary>
public sealed class IntakeStepServiceTests : IAsyncLifetime
{
    private IntakeFixture _f = default!;

    public async Task InitializeAsync() => _f = await IntakeFixture.StartAsync();
    public async Task DisposeAsync() => await _f.DisposeAsync();

    private BunitContext Context(bool anonymous = false) => ComponentHost.Create(configure: ctx =>
    {
        if (anonymous) ctx.AddAuthorization(); // an anonymous filer: the answers are kept in the browser
        ctx.Services.AddSingleton(_f.Get<IntakeService>());
        ctx.Services.AddSingleton(_f.Get<UploadService>());
        ctx.Services.AddSingleton(_f.Get<IntakeSubmission>());
        ctx.Services.AddLogging();
        ctx.Services.AddScoped(sp => new ProtectedLocalStorage(sp.GetRequiredService<IJSRuntime>(), new EphemeralDataProtectionProvider()));
    });

    private static Task<AuthenticationState> As(ClaimsPrincipal user) => Task.FromResult(new AuthenticationState(user));

    [Fact]
    public async Task The_webshop_step_finds_a_registered_webshop_and_takes_the_one_picked()
    {
        await using var ctx = Context();
        var form = new IntakeForm();
        var step = ctx.Render<StepWebshop>(p => p.Add(s => s.Form, form));

        Assert.Equal("Zoek de webshop", step.Find("label[for=webshop-search]").TextContent.Trim());
        await step.Find("input#webshop-search").ChangeAsync(new ChangeEventArgs { Value = "Fietsen" });
        await step.Find("form").SubmitAsync();
        var choice = step.WaitForElement($"#webshop-{_f.Webshop.Id}");
        await choice.ClickAsync(new());

        step.WaitForAssertion(() => Assert.Equal(_f.Webshop.Id, form.WebshopId));
        Assert.Equal("Fietsenwinkel BV", form.WebshopName);
        step.Render(p => p.Add(s => s.Form, form));
        Assert.Contains("Gekozen: Fietsenwinkel BV", step.Markup);
    }

    [Fact, Trait("Issue", "21")]
    public async Task Typing_in_the_webshop_search_sends_nothing_the_change_renders_nothing_and_the_search_uses_the_changed_text()
    {
        await using var ctx = Context();
        var form = new IntakeForm();
        var step = ctx.Render<CountingStepWebshop>(p => p.Add(s => s.Form, form));
        var before = step.Instance.Renders;
        var box = step.Find("input#webshop-search");

        // No handler for a keystroke or an input event: typing costs the server nothing (MudTextField sent each).
        await Assert.ThrowsAsync<MissingEventHandlerException>(() => box.InputAsync(new ChangeEventArgs { Value = "F" }));
        await Assert.ThrowsAsync<MissingEventHandlerException>(() => box.KeyDownAsync(new KeyboardEventArgs { Key = "F" }));
        await box.ChangeAsync(new ChangeEventArgs { Value = "Fietsen" });
        Assert.Equal(before, step.Instance.Renders);

        await step.Find("form").SubmitAsync();
        step.WaitForElement($"#webshop-{_f.Webshop.Id}");
        Assert.True(step.Instance.Renders > before);
        Assert.Equal("Fietsen", step.Find("input#webshop-search").GetAttribute("value"));
    }

    [Fact]
    public async Task The_webshop_step_says_when_nothing_is_found_and_shows_the_missing_name_at_its_field()
    {
        await using var ctx = Context();
        var form = new IntakeForm();
        var step = ctx.Render<StepWebshop>(p => p.Add(s => s.Form, form)
            .Add(s => s.Issues, IntakeValidator.Validate(form, IntakeStep.Webshop, _f.Today)));

        Assert.Equal("Vul dit in.", step.Find("#msg-WebshopName").TextContent.Trim());
        await step.Find("input#webshop-search").ChangeAsync(new ChangeEventArgs { Value = "Bestaat niet" });
        await step.Find("form").SubmitAsync();
        step.WaitForAssertion(() => Assert.Equal("status", step.Find("p[role=status]").GetAttribute("role")));
        Assert.Null(form.WebshopId);
    }

    [Fact]
    public async Task The_documents_step_asks_to_sign_in_first_for_an_anonymous_filer()
    {
        await using var ctx = Context();
        var step = ctx.Render<StepDocuments>(p => p.Add(s => s.Form, new IntakeForm()).Add(s => s.SignedIn, false));

        Assert.Contains("Documenten toevoegen kan nadat u een account heeft gemaakt", step.Markup);
        Assert.Empty(step.FindAll("input[type=file]"));
    }

    [Fact]
    public async Task Eleven_files_at_once_get_one_clear_message_and_none_is_stored()
    {
        var owner = IntakeFixture.Consumer();
        var form = _f.EligibleForm(_f.Webshop);
        await _f.Get<IntakeService>().SaveDraftAsync(owner, form, 5, paper: false);
        await using var ctx = Context();
        var step = ctx.Render<StepDocuments>(p => p.Add(s => s.Form, form).Add(s => s.SignedIn, true).AddCascadingValue(As(owner)));

        Assert.Equal("upload-limits", step.Find("button").GetAttribute("aria-describedby"));
        var files = Enumerable.Range(1, 11).Select(i => InputFileContent.CreateFromBinary(Pdf, $"bon-{i}.pdf", contentType: "application/pdf")).ToArray();
        step.FindComponent<InputFile>().UploadFiles(files);

        var refused = step.WaitForElement("[data-testid=upload-refused]");
        Assert.Equal("alert", refused.GetAttribute("role"));
        Assert.Contains("U koos 11 bestanden; u kunt er nog 10 toevoegen (hooguit 10 in totaal). Er is niets opgeslagen.", refused.TextContent);
        Assert.Empty(form.Uploads);
        await using var db = await _f.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.Set<IntakeUpload>().CountAsync());
    }

    [Fact]
    public async Task A_file_that_is_no_PDF_JPEG_or_PNG_is_refused_by_its_content_and_a_PDF_is_added()
    {
        var owner = IntakeFixture.Consumer();
        var form = _f.EligibleForm(_f.Webshop);
        await _f.Get<IntakeService>().SaveDraftAsync(owner, form, 5, paper: false);
        await using var ctx = Context();
        var step = ctx.Render<StepDocuments>(p => p.Add(s => s.Form, form).Add(s => s.SignedIn, true).AddCascadingValue(As(owner)));

        step.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary(Encoding.ASCII.GetBytes("MZ\x90\0\x03\0\0\0 this program cannot be run in DOS mode"), "factuur.pdf", contentType: "application/pdf"));
        step.WaitForAssertion(() => Assert.Contains("'factuur.pdf' is geen PDF, JPEG of PNG", step.Find("[data-testid=upload-refused]").TextContent));
        Assert.Empty(form.Uploads);

        step.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Pdf, "bon.pdf", contentType: "application/pdf"));
        step.WaitForAssertion(() => Assert.Single(form.Uploads));
        Assert.Empty(step.FindAll("[data-testid=upload-refused]"));
        step.Render(p => p.Add(s => s.Form, form));
        Assert.Contains("bon.pdf", step.Find("ul.adr-uploads").TextContent);
        Assert.Single(step.FindAll("button[aria-label='bon.pdf verwijderen']"));
    }

    [Fact]
    public async Task Volgende_on_an_empty_step_shows_the_messages_and_stays_filled_it_goes_on_and_Vorige_goes_back()
    {
        await using var ctx = Context(anonymous: true);
        var wizard = ctx.Render<IntakeWizard>(p => p.Add(w => w.Scheme, Scheme.BindingRuling));
        wizard.WaitForAssertion(() => Assert.Equal("Wie bent u", wizard.Find("h2#step-title").TextContent.Trim()));
        Assert.Equal("stap 1 van 9", wizard.Find("[data-testid=step-of] span").TextContent.Trim().TrimStart('·').Trim());

        await Button(wizard, "Volgende").ClickAsync(new());
        wizard.WaitForAssertion(() => Assert.Contains("Niet alle vragen in deze stap zijn (goed) beantwoord", wizard.Find("[data-testid=save-failed]").TextContent));
        Assert.DoesNotContain("Er is niets opgeslagen", wizard.Find("[data-testid=save-failed]").TextContent); // not a failed save: a step to finish
        Assert.Equal("Vul dit in.", wizard.Find("#msg-Name").TextContent.Trim());
        Assert.Equal("Wie bent u", wizard.Find("h2#step-title").TextContent.Trim());

        await wizard.Find("#ClaimantIsConsumer-yes").ClickAsync(new());
        foreach (var (field, value) in new[] { ("Name", "Sanne de Vries"), ("Email", "sanne@test.adrdesk.nl"), ("Street", "Kerkstraat 1"), ("PostalCode", "3511 AB"), ("City", "Utrecht") })
            await wizard.Find($"input#{field}").ChangeAsync(new() { Value = value });
        await Button(wizard, "Volgende").ClickAsync(new());

        wizard.WaitForAssertion(() => Assert.Equal("De webshop", wizard.Find("h2#step-title").TextContent.Trim()));
        Assert.Empty(wizard.FindAll("[data-testid=save-failed]"));
        Assert.Equal("stap 2 van 9", wizard.Find("[data-testid=step-of] span").TextContent.Trim().TrimStart('·').Trim());
        Assert.Equal("step", wizard.FindAll("ol > li")[1].GetAttribute("aria-current"));

        await Button(wizard, "Vorige").ClickAsync(new());
        wizard.WaitForAssertion(() => Assert.Equal("Wie bent u", wizard.Find("h2#step-title").TextContent.Trim()));
        Assert.Equal("Sanne de Vries", wizard.Find("input#Name").GetAttribute("value"));
        // The step reached stays open in the list.
        Assert.Contains("De webshop", wizard.FindAll("ol button").Select(b => b.TextContent).Single());
    }

    [Fact, Trait("Issue", "21"), Trait("Rule", "D1")]
    public async Task An_answer_renders_its_step_and_the_wizard_only_when_the_messages_or_grounds_it_shows_change()
    {
        await using var ctx = Context(anonymous: true);
        var wizard = ctx.Render<CountingIntakeWizard>(p => p.Add(w => w.Scheme, Scheme.BindingRuling));
        wizard.WaitForAssertion(() => Assert.Equal("Wie bent u", wizard.Find("h2#step-title").TextContent.Trim()));
        var options = wizard.FindComponent<CountryOptions>();
        Assert.True(wizard.FindAll("select#Country option").Count > 27); // the EU's members first, then others
        Assert.Equal("NL", wizard.Find("select#Country").GetAttribute("value"));

        // No message shown, none arising: the step shows the answer; the wizard does not render.
        var before = wizard.Instance.Renders;
        await wizard.Find("input#Name").ChangeAsync(new() { Value = "Sanne de Vries" });
        Assert.Equal("Sanne de Vries", wizard.Find("input#Name").GetAttribute("value"));
        Assert.Equal(before, wizard.Instance.Renders);

        // A country outside the EU is a ground (D1): the wizard renders it.
        await wizard.Find("select#Country").ChangeAsync(new() { Value = "CH" });
        wizard.WaitForAssertion(() => Assert.Contains("(CH)", wizard.Markup));
        Assert.True(wizard.Instance.Renders > before);
        // A value that is no country of the list is not taken.
        before = wizard.Instance.Renders;
        await wizard.Find("select#Country").ChangeAsync(new() { Value = "XX" });
        Assert.Equal(before, wizard.Instance.Renders);
        Assert.Contains("(CH)", wizard.Markup);
        await wizard.Find("select#Country").ChangeAsync(new() { Value = "BE" });
        wizard.WaitForAssertion(() => Assert.DoesNotContain("(CH)", wizard.Markup));

        // Messages shown follow the answers: the one at the e-mail field goes once it is answered, and the wizard renders for it.
        await Button(wizard, "Volgende").ClickAsync(new());
        wizard.WaitForAssertion(() => Assert.Equal("Vul dit in.", wizard.Find("#msg-Email").TextContent.Trim()));
        before = wizard.Instance.Renders;
        await wizard.Find("input#Email").ChangeAsync(new() { Value = "sanne@test.adrdesk.nl" });
        wizard.WaitForAssertion(() => Assert.Empty(wizard.FindAll("#msg-Email")));
        Assert.Equal(before + 1, wizard.Instance.Renders);
        // An answer that leaves the messages as they were (the street still missing) renders no more than the step.
        before = wizard.Instance.Renders;
        await wizard.Find("input#Phone").ChangeAsync(new() { Value = "030 123 45 67" });
        Assert.Equal(before, wizard.Instance.Renders);
        Assert.Equal("Vul dit in.", wizard.Find("#msg-Street").TextContent.Trim());

        // The countries were rendered once, for all of this.
        Assert.Equal(1, options.RenderCount);
    }

    private static AngleSharp.Dom.IElement Button<T>(IRenderedComponent<T> rendered, string text) where T : IComponent =>
        rendered.FindAll("button").First(b => b.TextContent.Contains(text, StringComparison.Ordinal));

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%test\n");
}
