using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.CaseFile.Components;
using AdrDesk.Features.CaseFile.Pages;
using AdrDesk.Features.Cases.Complaint;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Tests.CaseFile;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using static AdrDesk.Tests.CaseFile.CaseFileWorld;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 5: the case file's components on MudBlazor, each over the real case-file service on a fresh SQLite
/// database (<see cref="CaseFileWorld"/>): what a party sees, what a click does, what is refused before anything is sent.
/// </summary>
[Trait("Issue", "16")]
public sealed class CaseFileComponentTests(CaseFileWorld world) : IClassFixture<CaseFileWorld>
{
    // ---- EndingPanel and WithdrawDialog (D20, D14) ----

    [Fact, Trait("Rule", "D20")]
    public async Task D20_The_consumer_sees_withdraw_and_the_webshop_only_the_settlement_report()
    {
        var number = await world.NewCaseAsync(S.DossierComplete);
        await using var ctx = Host();

        var consumer = await EndingAsync(ctx, Consumer, number);
        Assert.Single(Buttons(consumer, "Klacht intrekken"));
        Assert.NotNull(consumer.Find("textarea#cf-settlement"));
        Assert.DoesNotContain("alleen beëindigen met een schikking", consumer.Markup);

        var webshop = await EndingAsync(ctx, Webshop, number);
        Assert.Empty(Buttons(webshop, "Klacht intrekken"));
        Assert.Contains("alleen beëindigen met een schikking", webshop.Markup);
        Assert.Single(Buttons(webshop, "Schikking melden"));
    }

    [Fact, Trait("Rule", "D20")]
    public async Task D20_Once_the_ruling_is_in_preparation_the_consumer_is_told_withdrawing_has_ended()
    {
        var number = await world.NewCaseAsync(S.RulingInPreparation);
        await using var ctx = Host();

        var panel = await EndingAsync(ctx, Consumer, number);

        Assert.Empty(Buttons(panel, "Klacht intrekken"));
        Assert.Contains("Intrekken kan niet meer", panel.Find("[data-testid=withdrawal-ended]").TextContent);
    }

    [Fact, Trait("Rule", "D20")]
    public async Task D20_Withdrawing_asks_first_cancel_changes_nothing_and_confirming_withdraws_with_the_reason()
    {
        var number = await world.NewCaseAsync(S.DossierComplete);
        await using var ctx = Host();
        var dialogs = ctx.Render<MudDialogProvider>();
        var done = new List<string>();
        var panel = await EndingAsync(ctx, Consumer, number, done);

        // The click waits for the dialog's answer, so it is awaited after the dialog closed.
        var first = Buttons(panel, "Klacht intrekken").Single().ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Contains("geen bindend advies", dialogs.Find("[data-testid=withdraw-consequences]").TextContent));
        await Buttons(dialogs, "Nee, terug").Single().ClickAsync(new MouseEventArgs());
        await first.WaitAsync(TimeSpan.FromSeconds(10));
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=withdraw-consequences]")));
        Assert.Equal(S.DossierComplete, (await world.LoadAsync(number)).State);
        Assert.Empty(done);

        var second = Buttons(panel, "Klacht intrekken").Single().ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("textarea#cf-withdraw-reason")));
        Assert.Equal("Reden (optioneel)", dialogs.Find("label[for=cf-withdraw-reason]").TextContent.Trim());
        await dialogs.Find("textarea#cf-withdraw-reason").ChangeAsync(new ChangeEventArgs { Value = "Ik ga naar de rechter." });
        await Buttons(dialogs, "Ja, klacht intrekken").Single().ClickAsync(new MouseEventArgs());
        await second.WaitAsync(TimeSpan.FromSeconds(10));

        panel.WaitForAssertion(() => Assert.Equal(["U heeft de klacht ingetrokken."], done));
        Assert.Equal(S.Withdrawn, (await world.LoadAsync(number)).State);
    }

    [Fact, Trait("Rule", "D20")]
    public async Task D20_The_withdraw_dialog_closes_with_the_reason_or_cancels()
    {
        await using var ctx = Host();
        var provider = ctx.Render<MudDialogProvider>();
        var service = ctx.Services.GetRequiredService<IDialogService>();

        IDialogReference? first = null;
        await provider.InvokeAsync(async () => first = await service.ShowAsync<WithdrawDialog>("Klacht intrekken?"));
        provider.WaitForAssertion(() => Assert.Single(Buttons(provider, "Ja, klacht intrekken")));
        Assert.Equal("Klacht intrekken?", provider.Find("h2#cf-withdraw-title").TextContent.Trim());
        await provider.Find("textarea#cf-withdraw-reason").ChangeAsync(new ChangeEventArgs { Value = "Opgelost." });
        await Buttons(provider, "Ja, klacht intrekken").Single().ClickAsync(new MouseEventArgs());
        var confirmed = await first!.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(confirmed!.Canceled);
        Assert.Equal("Opgelost.", confirmed.Data);

        IDialogReference? second = null;
        await provider.InvokeAsync(async () => second = await service.ShowAsync<WithdrawDialog>("Klacht intrekken?"));
        provider.WaitForAssertion(() => Assert.Single(Buttons(provider, "Nee, terug")));
        await Buttons(provider, "Nee, terug").Single().ClickAsync(new MouseEventArgs());
        Assert.True((await second!.Result.WaitAsync(TimeSpan.FromSeconds(10)))!.Canceled);
    }

    [Fact, Trait("Rule", "D14"), Trait("Rule", "D20")]
    public async Task D14_Confirming_a_reported_settlement_asks_first_and_then_closes_the_case_as_settled()
    {
        var number = await world.NewCaseAsync(S.RulingInPreparation);
        Assert.True((await world.CaseFile.ReportSettlementAsync(Webshop.Principal, number, "De webwinkel betaalt € 60,00 terug.")).IsSuccess);
        await using var ctx = Host();
        var dialogs = ctx.Render<MudDialogProvider>();
        var done = new List<string>();
        var panel = await EndingAsync(ctx, Consumer, number, done, pendingOnly: true);
        Assert.Contains("€ 60,00", panel.Find("[data-testid=pending-settlement]").TextContent);

        var click = Buttons(panel, "Schikking bevestigen").Single().ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Single(Buttons(dialogs, "Ja, schikking bevestigen")));
        Assert.Equal(S.RulingInPreparation, (await world.LoadAsync(number)).State); // nothing yet
        await Buttons(dialogs, "Ja, schikking bevestigen").Single().ClickAsync(new MouseEventArgs());
        await click.WaitAsync(TimeSpan.FromSeconds(10));

        panel.WaitForAssertion(() => Assert.Equal(["De schikking is bevestigd; de zaak is gesloten als geschikt."], done));
        Assert.NotEqual(S.RulingInPreparation, (await world.LoadAsync(number)).State);
        Assert.Null((await world.CaseFile.OpenAsync(Consumer.Principal, number)).Value.PendingSettlement);
    }

    // ---- SubmissionForm (D12, D13) ----

    [Fact, Trait("Rule", "D13")]
    public async Task D13_An_empty_statement_is_refused_at_the_field_by_its_name_and_nothing_is_added()
    {
        var number = await world.NewCaseAsync(S.InformationGathering);
        await using var ctx = Host();
        var before = await TimelineCountAsync(number);
        var form = Submission(ctx, Consumer, number);

        await Buttons(form, "Toevoegen aan het dossier").Single().ClickAsync(new MouseEventArgs());

        form.WaitForAssertion(() => Assert.Contains("Vul in: Uw verklaring.", form.Markup));
        Assert.Equal(before, await TimelineCountAsync(number));
    }

    [Theory, Trait("Rule", "D13")]
    [InlineData("groot.pdf", 10 * 1024 * 1024 + 1, "groot.pdf is te groot (maximaal 10 MB).")]
    [InlineData("programma.exe", 2000, "programma.exe: alleen pdf, jpg, png en txt zijn toegestaan.")]
    public async Task D13_A_too_large_or_wrong_type_file_is_refused_with_the_message_and_nothing_is_sent(string name, int size, string message)
    {
        var number = await world.NewCaseAsync(S.InformationGathering);
        await using var ctx = Host();
        var before = await TimelineCountAsync(number);
        var form = Submission(ctx, Consumer, number);

        await form.Find("textarea#cf-submission").ChangeAsync(new ChangeEventArgs { Value = "Hierbij de foto's." });
        var content = new byte[size];
        "%PDF-1.7"u8.CopyTo(content);
        form.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, name, null, "application/pdf"));
        form.WaitForAssertion(() => Assert.Contains($"Er is niets toegevoegd: {message}", form.Find("[role=alert]").TextContent));
        await Buttons(form, "Toevoegen aan het dossier").Single().ClickAsync(new MouseEventArgs());

        form.WaitForAssertion(() => Assert.Contains(message, form.Find("[data-testid=save-failed]").TextContent));
        Assert.Contains("Er is niets opgeslagen", form.Find("[data-testid=save-failed]").TextContent);
        Assert.Equal(before, await TimelineCountAsync(number));
        Assert.Equal("Hierbij de foto's.", form.Find("textarea#cf-submission").GetAttribute("value") ?? form.Find("textarea#cf-submission").TextContent);
    }

    [Fact, Trait("Rule", "D13")]
    public async Task D13_Seven_files_where_five_are_allowed_are_refused_whole_and_nothing_is_sent()
    {
        var number = await world.NewCaseAsync(S.InformationGathering);
        await using var ctx = Host();
        var before = await TimelineCountAsync(number);
        var form = Submission(ctx, Consumer, number);

        await form.Find("textarea#cf-submission").ChangeAsync(new ChangeEventArgs { Value = "Zeven bonnen." });
        form.FindComponent<InputFile>().UploadFiles(Enumerable.Range(1, 7)
            .Select(i => InputFileContent.CreateFromBinary("%PDF-1.7 bon"u8.ToArray(), $"bon{i}.pdf", null, "application/pdf")).ToArray());
        await Buttons(form, "Toevoegen aan het dossier").Single().ClickAsync(new MouseEventArgs());

        form.WaitForAssertion(() => Assert.Contains("U kunt maximaal 5 bestanden tegelijk toevoegen.", form.Find("[data-testid=save-failed]").TextContent));
        Assert.Equal(before, await TimelineCountAsync(number));
    }

    [Fact, Trait("Rule", "D13")]
    public async Task D13_A_statement_with_an_attachment_is_added_and_the_page_is_told()
    {
        var number = await world.NewCaseAsync(S.InformationGathering);
        await using var ctx = Host();
        var done = new List<string>();
        var form = Submission(ctx, Consumer, number, done);

        await form.Find("textarea#cf-submission").ChangeAsync(new ChangeEventArgs { Value = "De bon van de reparatie." });
        form.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary("%PDF-1.7 bon"u8.ToArray(), "bon.pdf", null, "application/pdf"));
        await Buttons(form, "Toevoegen aan het dossier").Single().ClickAsync(new MouseEventArgs());

        form.WaitForAssertion(() => Assert.Equal(["Uw stuk is toegevoegd."], done));
        var view = (await world.CaseFile.OpenAsync(Consumer.Principal, number)).Value;
        var entry = Assert.Single(view.Timeline, t => t.Text == "De bon van de reparatie.");
        Assert.Equal("bon.pdf", Assert.Single(entry.Attachments).FileName);
    }

    // ---- The case page's live refresh ----

    [Fact, Trait("Rule", "D12")]
    public async Task D12_A_case_event_re_renders_the_open_case_page_with_the_new_state_and_says_so()
    {
        var number = await world.NewCaseAsync(S.ForwardedToRespondent);
        var bus = new InMemoryCaseEventBus();
        await using var ctx = Host(c =>
        {
            c.Services.AddSingleton(new CaseFileHub(bus, NullLogger<CaseFileHub>.Instance));
            c.Services.AddSingleton(world.Services.GetRequiredService<CaseComplaints>());
            c.Services.AddScoped<CaseFileCircuitHandler>();
        });
        var snackbars = ctx.Render<MudSnackbarProvider>();
        var page = ctx.Render<CasePage>(p => p.Add(x => x.Number, number).AddCascadingValue(Auth(Consumer)));
        page.WaitForAssertion(() => Assert.Equal("Wacht op reactie", page.Find("[data-testid=status-words]").TextContent.Trim()), TimeSpan.FromSeconds(10));
        var tabsBefore = page.FindAll("[role=tab]").Count;

        // The webshop responds elsewhere; the committed change reaches this page as a case event.
        await world.Step(CaseNumber.Parse(number).Value, c => c.RecordResponse(Webshop.Actor, world.Clock, "De fiets was heel bij levering."));
        await bus.PublishAsync([new CaseEvent(CaseNumber.Parse(number).Value, "RecordResponse", nameof(S.SettlementAttempt))]);

        page.WaitForAssertion(() => Assert.Equal("Poging tot schikking", page.Find("[data-testid=status-words]").TextContent.Trim()), TimeSpan.FromSeconds(10));
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("li.cf-new"), li => li.TextContent.Contains("De fiets was heel bij levering.")), TimeSpan.FromSeconds(10));
        snackbars.WaitForAssertion(() => Assert.Contains("Zaak bijgewerkt", snackbars.Markup), TimeSpan.FromSeconds(10));
        Assert.True(page.FindAll("[role=tab]").Count >= tabsBefore);
        Assert.Equal(1, bus.Subscribers); // the page's hub, once
    }

    [Fact, Trait("Rule", "D12"), Trait("Issue", "21")]
    public async Task A_case_event_renders_again_only_the_panels_whose_content_changed()
    {
        var number = await world.NewCaseAsync(S.ForwardedToRespondent);
        var bus = new InMemoryCaseEventBus();
        await using var ctx = Host(c =>
        {
            c.Services.AddSingleton(new CaseFileHub(bus, NullLogger<CaseFileHub>.Instance));
            c.Services.AddSingleton(world.Services.GetRequiredService<CaseComplaints>());
            c.Services.AddScoped<CaseFileCircuitHandler>();
        });
        var snackbars = ctx.Render<MudSnackbarProvider>();
        var page = ctx.Render<CasePage>(p => p.Add(x => x.Number, number).AddCascadingValue(Auth(Consumer)));
        page.WaitForAssertion(() => Assert.Equal("Wacht op reactie", page.Find("[data-testid=status-words]").TextContent.Trim()), TimeSpan.FromSeconds(10));
        var parties = page.FindComponent<PartiesPanel>();
        var deadlines = page.FindComponent<DeadlinesPanel>();
        var (partiesBefore, deadlinesBefore) = (parties.RenderCount, deadlines.RenderCount);
        var deadlinesMarkup = deadlines.Markup;

        // An event that changes nothing the panels show (a second publish of the same state): neither renders again.
        await bus.PublishAsync([new CaseEvent(CaseNumber.Parse(number).Value, "Forward", nameof(S.ForwardedToRespondent))]);
        snackbars.WaitForAssertion(() => Assert.Contains("Zaak bijgewerkt", snackbars.Markup), TimeSpan.FromSeconds(10));
        Assert.Equal(partiesBefore, parties.RenderCount);
        Assert.Equal(deadlinesBefore, deadlines.RenderCount);

        // The webshop responds: the deadlines change and their panel renders them; the parties did not change.
        await world.Step(CaseNumber.Parse(number).Value, c => c.RecordResponse(Webshop.Actor, world.Clock, "De fiets was heel bij levering."));
        await bus.PublishAsync([new CaseEvent(CaseNumber.Parse(number).Value, "RecordResponse", nameof(S.SettlementAttempt))]);
        page.WaitForAssertion(() => Assert.Equal("Poging tot schikking", page.Find("[data-testid=status-words]").TextContent.Trim()), TimeSpan.FromSeconds(10));
        page.WaitForAssertion(() => Assert.NotEqual(deadlinesMarkup, deadlines.Markup), TimeSpan.FromSeconds(10));
        Assert.True(deadlines.RenderCount > deadlinesBefore);
        Assert.Equal(partiesBefore, parties.RenderCount);
    }

    // ---- The message box (issue 21: no message per keystroke; its change renders the form, not the thread) ----

    [Fact, Trait("Rule", "D13"), Trait("Issue", "21")]
    public async Task The_message_box_sends_only_its_change_which_renders_the_form_and_not_the_thread_and_a_sent_message_clears_it()
    {
        var number = await world.NewCaseAsync(S.SettlementAttempt);
        Assert.True((await world.CaseFile.PostMessageAsync(Webshop.Principal, number, "Wij kijken ernaar.")).IsSuccess);
        var view = (await world.CaseFile.OpenAsync(Consumer.Principal, number)).Value;
        await using var ctx = Host();

        // In the thread: the box's change does not render the thread (20 messages' worth of markup before).
        var thread = ctx.Render<CountingMessageThread>(p => p
            .Add(x => x.Number, number).Add(x => x.Messages, view.Messages).Add(x => x.CanPost, true)
            .AddCascadingValue(Auth(Consumer)));
        var threadBefore = thread.Instance.Renders;
        var inThread = thread.Find("textarea#cf-message");
        // Typing sends nothing: no handler for input, key or blur events (the browser keeps the counter, adrdesk.js).
        await Assert.ThrowsAsync<MissingEventHandlerException>(() => inThread.InputAsync(new ChangeEventArgs { Value = "W" }));
        await Assert.ThrowsAsync<MissingEventHandlerException>(() => inThread.KeyDownAsync(new KeyboardEventArgs { Key = "W" }));
        await Assert.ThrowsAsync<MissingEventHandlerException>(() => inThread.BlurAsync(new FocusEventArgs()));
        await inThread.ChangeAsync(new ChangeEventArgs { Value = "W" });
        thread.WaitForAssertion(() => Assert.Equal("1 van 20.000 tekens", thread.Find("#cf-message-count").TextContent.Trim()));
        Assert.Equal(threadBefore, thread.Instance.Renders);

        // The form: its counter carries its words for the browser, with {n} for the count; the box names it.
        var form = ctx.Render<CountingMessageForm>(p => p.Add(x => x.Number, number).AddCascadingValue(Auth(Consumer)));
        var counter = form.Find("#cf-message-count");
        Assert.Equal("{n} van 20.000 tekens", counter.GetAttribute("data-adr-counter-text"));
        Assert.Equal("cf-message-count", form.Find("textarea#cf-message").GetAttribute("data-adr-counter"));
        Assert.Equal("cf-message-count", form.Find("textarea#cf-message").GetAttribute("aria-describedby"));
        Assert.Equal("20000", form.Find("textarea#cf-message").GetAttribute("maxlength"));

        // Sending nothing names the box, in MudBlazor's error classes.
        await Buttons(form, "Bericht versturen").Single().ClickAsync(new MouseEventArgs());
        form.WaitForAssertion(() => Assert.Equal("true", form.Find("textarea#cf-message").GetAttribute("aria-invalid")));
        Assert.Equal("cf-message-error cf-message-count", form.Find("textarea#cf-message").GetAttribute("aria-describedby"));
        Assert.Contains("mud-input-error", form.Find(".mud-input-control").ClassList);

        // One change, one render of the form; what was changed is what is sent; then the box and the counter start again.
        var formBefore = form.Instance.Renders;
        await form.Find("textarea#cf-message").ChangeAsync(new ChangeEventArgs { Value = "Wanneer?" });
        form.WaitForAssertion(() => Assert.Equal("8 van 20.000 tekens", form.Find("#cf-message-count").TextContent.Trim()));
        Assert.Equal(formBefore + 1, form.Instance.Renders);
        await Buttons(form, "Bericht versturen").Single().ClickAsync(new MouseEventArgs());
        form.WaitForAssertion(() => Assert.Equal("0 van 20.000 tekens", form.Find("#cf-message-count").TextContent.Trim()));
        var sent = (await world.CaseFile.OpenAsync(Consumer.Principal, number)).Value.Messages;
        Assert.Contains(sent, m => m.Body == "Wanneer?" && m.IsMine);
        var box = form.Find("textarea#cf-message");
        Assert.Equal("", box.GetAttribute("value") ?? box.TextContent);
        Assert.Null(box.GetAttribute("aria-invalid"));
    }

    [Fact, Trait("Issue", "21")]
    public async Task The_thread_renders_again_for_a_new_message_or_highlight_and_not_for_the_same_messages_in_new_lists()
    {
        var number = await world.NewCaseAsync(S.SettlementAttempt);
        Assert.True((await world.CaseFile.PostMessageAsync(Webshop.Principal, number, "Wij kijken ernaar.")).IsSuccess);
        var first = (await world.CaseFile.OpenAsync(Consumer.Principal, number)).Value;
        await using var ctx = Host();
        var thread = ctx.Render<CountingMessageThread>(p => p
            .Add(x => x.Number, number).Add(x => x.Messages, first.Messages).Add(x => x.CanPost, true)
            .AddCascadingValue(Auth(Consumer)));
        var before = thread.Instance.Renders;

        // The same messages read again (a live refresh for an event elsewhere in the case): new lists, equal content.
        var again = (await world.CaseFile.OpenAsync(Consumer.Principal, number)).Value;
        Assert.NotSame(first.Messages, again.Messages);
        thread.Render(p => p.Add(x => x.Messages, again.Messages));
        Assert.Equal(before, thread.Instance.Renders);

        // A new message: shown, and highlighted.
        Assert.True((await world.CaseFile.PostMessageAsync(Webshop.Principal, number, "Deze week nog.")).IsSuccess);
        var now = (await world.CaseFile.OpenAsync(Consumer.Principal, number)).Value;
        var added = now.Messages.Single(m => m.Body == "Deze week nog.");
        thread.Render(p => p.Add(x => x.Messages, now.Messages).Add(x => x.Highlight, new HashSet<string> { $"m:{added.Id}" }));
        Assert.Equal(before + 1, thread.Instance.Renders);
        Assert.Contains("Deze week nog.", thread.Find("li.cf-new").TextContent);
    }

    // ---- Mijn zaken ----

    [Fact]
    public async Task My_cases_for_a_person_never_linked_to_a_case_says_there_are_none()
    {
        await using var ctx = Host(c => c.Services.AddSingleton<ICaseEventBus>(new InMemoryCaseEventBus()));
        var nobody = new Person("nobody", Guid.NewGuid(), "Nog Niemand", $"{Guid.NewGuid():N}@test.example", AdrDesk.Security.Roles.Consumer);

        var page = ctx.Render<MyCases>(p => p.AddCascadingValue(Auth(nobody)));

        page.WaitForAssertion(() => Assert.Equal("U heeft nog geen zaken.", page.Find("[data-testid=my-cases-empty]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=my-cases]"));
    }

    [Fact, Trait("Rule", "D16")]
    public async Task My_cases_lists_the_persons_own_cases_with_a_label_on_every_cell_for_phones()
    {
        var mine = await world.NewCaseAsync(S.ForwardedToRespondent);
        var theirs = await world.NewCaseAsync(S.ForwardedToRespondent, own: false);
        await using var ctx = Host(c => c.Services.AddSingleton<ICaseEventBus>(new InMemoryCaseEventBus()));

        var page = ctx.Render<MyCases>(p => p.AddCascadingValue(Auth(Consumer)));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=my-cases] a")));
        var row = page.FindAll("[data-testid=my-cases] tbody tr").Single(r => r.TextContent.Contains(mine));
        Assert.Equal($"cases/{mine}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Wacht op reactie", row.TextContent);
        Assert.DoesNotContain(theirs, page.Markup);
        // Below 600 px MudTable stacks each row; every cell carries its column's name for that.
        Assert.All(row.QuerySelectorAll("td"), td => Assert.False(string.IsNullOrEmpty(td.GetAttribute("data-label"))));
    }

    // ---- helpers ----

    private BunitContext Host(Action<BunitContext>? configure = null) => ComponentHost.Create("nl-NL", c =>
    {
        c.Services.AddSingleton(world.CaseFile);
        c.Services.AddSingleton(world.Services.GetRequiredService<UnreadCounts>());
        configure?.Invoke(c);
    });

    private static Task<AuthenticationState> Auth(Person person) => Task.FromResult(new AuthenticationState(person.Principal));

    private async Task<IRenderedComponent<EndingPanel>> EndingAsync(BunitContext ctx, Person who, string number, List<string>? done = null, bool pendingOnly = false)
    {
        var view = (await world.CaseFile.OpenAsync(who.Principal, number)).Value;
        return ctx.Render<EndingPanel>(p => p
            .Add(x => x.Number, number).Add(x => x.Actions, view.Actions).Add(x => x.Settlement, view.PendingSettlement).Add(x => x.PendingOnly, pendingOnly)
            .Add(x => x.OnDone, (string m) => done?.Add(m))
            .AddCascadingValue(Auth(who)));
    }

    private static IRenderedComponent<SubmissionForm> Submission(BunitContext ctx, Person who, string number, List<string>? done = null) =>
        ctx.Render<SubmissionForm>(p => p
            .Add(x => x.Number, number).Add(x => x.OnDone, (string m) => done?.Add(m))
            .AddCascadingValue(Auth(who)));

    private async Task<int> TimelineCountAsync(string number) => (await world.CaseFile.OpenAsync(Consumer.Principal, number)).Value.Timeline.Count;

    private static IEnumerable<IElement> Buttons<T>(IRenderedComponent<T> component, string name) where T : IComponent =>
        component.FindAll("button").Where(b => b.TextContent.Trim() == name);

    /// <summary>An in-memory case event bus the test publishes on: the events reach the subscribers at once.</summary>
    private sealed class InMemoryCaseEventBus : ICaseEventBus
    {
        private readonly List<(string? Number, Func<CaseEvent, Task> Handler)> _subscribers = [];

        public int Subscribers { get { lock (_subscribers) return _subscribers.Count; } }

        public async Task PublishAsync(IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken = default)
        {
            List<(string? Number, Func<CaseEvent, Task> Handler)> now;
            lock (_subscribers) now = [.. _subscribers];
            foreach (var e in events)
                foreach (var (number, handler) in now)
                    if (number is null || number == e.Number.ToString()) await handler(e);
        }

        public IDisposable Subscribe(string? caseNumber, Func<CaseEvent, Task> handler)
        {
            var entry = (caseNumber, handler);
            lock (_subscribers) _subscribers.Add(entry);
            return new Leave(() => { lock (_subscribers) _subscribers.Remove(entry); });
        }

        private sealed class Leave(Action leave) : IDisposable
        {
            public void Dispose() => leave();
        }
    }
}
