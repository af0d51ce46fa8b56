using AdrDesk.Domain.Register;
using AdrDesk.Features.Register;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Tests.Register;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 5: the four register dialogs on MudBlazor, opened through RegisterDialogs (MudBlazor's IDialogService) over
/// the real RegisterService on a fresh SQLite file: the messages at their fields, a valid save made once, a refused save
/// that keeps what was typed, and the confirmations before the steps that are not undone.
/// </summary>
[Trait("Issue", "16")]
public sealed class RegisterDialogComponentTests
{
    [Fact]
    public async Task Adding_without_name_and_with_a_bad_KvK_number_shows_both_at_their_fields_and_saves_nothing()
    {
        await using var register = await RegisterFixture.CreateAsync();
        await using var ctx = Host(register);
        var host = ctx.RenderProviders();
        var opened = await OpenAsync(host, d => d.AddOrganisationAsync());

        await host.TypeAsync("kvk", "123");
        await host.Find("form#add-organisation-form").SubmitAsync();

        Assert.Equal("De statutaire naam is verplicht.", host.FieldMessage("name"));
        Assert.Equal("'123' is geen geldig KvK-nummer (8 cijfers).", host.FieldMessage("kvk"));
        Assert.Equal(0, await CountAsync(register, db => db.Organisations));
        Assert.False(opened.IsCompleted);
    }

    [Fact, Trait("Rule", "D12")]
    public async Task D12_An_affiliated_webshop_without_email_or_postal_address_is_refused_at_the_email_field_and_keeps_the_input()
    {
        await using var register = await RegisterFixture.CreateAsync();
        await using var ctx = Host(register);
        var host = ctx.RenderProviders();
        var opened = await OpenAsync(host, d => d.AddOrganisationAsync());

        await host.TypeAsync("name", "Fietsen Online B.V.");
        await host.TypeAsync("kvk", "12345678");
        await host.TypeAsync("web", "www.fietsenonline.nl");
        await host.Find("form#add-organisation-form").SubmitAsync();

        Assert.Equal("Een aangesloten webshop moet bereikbaar zijn: vul een E-mailadres voor geschillen of een postadres in.",
            host.FieldMessage("contactEmail"));
        Assert.Equal("Fietsen Online B.V.", host.Find("#name").GetAttribute("value"));
        Assert.Equal(0, await CountAsync(register, db => db.Organisations));
        Assert.False(opened.IsCompleted);

        // With the dispute address the same input is saved, once, and the dialog closes with the new id.
        await host.TypeAsync("contactEmail", "geschillen@fietsenonline.nl");
        await host.Find("form#add-organisation-form").SubmitAsync();

        var id = await opened.WaitAsync(TimeSpan.FromSeconds(10));
        var saved = await register.Service.FindAsync(Assert.IsType<Guid>(id));
        Assert.Equal("Fietsen Online B.V.", saved!.LegalName);
        Assert.Equal(1, await CountAsync(register, db => db.Organisations));
        // One RegisterService call: the history has the registration and its subscription period (from today), nothing more.
        Assert.Equal(2, await CountAsync(register, db => db.RegisterChanges));
        Assert.Empty(host.FindAll("form#add-organisation-form"));
    }

    [Fact]
    public async Task A_KvK_number_already_in_the_register_is_refused_at_its_field_and_the_dialog_stays_open()
    {
        await using var register = await RegisterFixture.CreateAsync();
        await register.WebshopAsync("Eerste Winkel B.V.", "87654321", "https://www.eerstewinkel.nl");
        await using var ctx = Host(register);
        var host = ctx.RenderProviders();
        var opened = await OpenAsync(host, d => d.AddOrganisationAsync());

        await host.TypeAsync("name", "Tweede Winkel B.V.");
        await host.TypeAsync("kvk", "87654321");
        await host.TypeAsync("contactEmail", "geschillen@tweedewinkel.nl");
        await host.Find("form#add-organisation-form").SubmitAsync();

        Assert.Equal("KvK-nummer 87654321 staat al in het register.", host.FieldMessage("kvk"));
        Assert.Equal("Tweede Winkel B.V.", host.Find("#name").GetAttribute("value"));
        Assert.Equal(1, await CountAsync(register, db => db.Organisations));
        Assert.False(opened.IsCompleted);
    }

    [Fact]
    public async Task Editing_refuses_an_empty_name_then_saves_the_new_name_once()
    {
        await using var register = await RegisterFixture.CreateAsync();
        var id = await register.WebshopAsync("Oude Naam B.V.", "11223344", "https://www.oudenaam.nl");
        var organisation = (await register.Service.FindAsync(id))!;
        await using var ctx = Host(register);
        var host = ctx.RenderProviders();
        var opened = await OpenAsync(host, d => d.EditAsync(organisation));
        Assert.Equal("Oude Naam B.V.", host.Find("#name").GetAttribute("value"));
        var changesBefore = await CountAsync(register, db => db.RegisterChanges);

        await host.TypeAsync("name", " ");
        await host.Find("form#edit-organisation-form").SubmitAsync();
        Assert.Equal("De statutaire naam is verplicht.", host.FieldMessage("name"));
        Assert.False(opened.IsCompleted);

        await host.TypeAsync("name", "Nieuwe Naam B.V.");
        await host.Find("form#edit-organisation-form").SubmitAsync();

        Assert.True(await opened.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("Nieuwe Naam B.V.", (await register.Service.FindAsync(id))!.LegalName);
        Assert.Equal(changesBefore + 1, await CountAsync(register, db => db.RegisterChanges));
    }

    [Fact, Trait("Rule", "D18")]
    public async Task D18_A_status_other_than_active_needs_a_reason_and_removal_is_confirmed_first()
    {
        await using var register = await RegisterFixture.CreateAsync();
        var id = await register.WebshopAsync("Slordige Shop B.V.", "22334455", "https://www.slordig.nl");
        await using var ctx = Host(register);
        var host = ctx.RenderProviders();
        var opened = await OpenAsync(host, d => d.ChangeStatusAsync(id, "Slordige Shop B.V.", OrganisationStatus.Active));

        await ChooseAsync(host, "Uit het register verwijderd");
        await host.Find("form#change-status-form").SubmitAsync();
        Assert.StartsWith("Geef een reden voor de status", host.FieldMessage("reason"));

        await host.TypeAsync("reason", "Uitspraak niet nagekomen na aanmaning.");
        var saving = host.Find("form#change-status-form").SubmitAsync();
        // The confirmation: cancelling it saves nothing.
        host.WaitForAssertion(() => Assert.Contains("Verwijderen uit het register?", host.Markup));
        // The message box is on top of the status dialog: its "Annuleren" is the last one.
        await host.FindAll("button").Last(b => b.TextContent.Trim() == "Annuleren").ClickAsync(new());
        await saving.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(OrganisationStatus.Active, (await register.Service.FindAsync(id))!.Status);
        Assert.False(opened.IsCompleted);

        saving = host.Find("form#change-status-form").SubmitAsync();
        host.WaitForAssertion(() => Assert.Contains("Verwijderen uit het register?", host.Markup));
        await host.Button("Ja, verwijderen uit het register").ClickAsync(new());
        await saving.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(await opened.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(OrganisationStatus.RemovedFromRegister, (await register.Service.FindAsync(id))!.Status);
    }

    [Fact, Trait("Rule", "D5")]
    public async Task D5_Ending_a_subscription_asks_for_a_confirmation_then_ends_it()
    {
        await using var register = await RegisterFixture.CreateAsync();
        var id = await register.WebshopAsync("Stoppende Shop B.V.", "33445566", "https://www.stoppend.nl");
        await using var ctx = Host(register);
        var host = ctx.RenderProviders();
        var opened = await OpenAsync(host, d => d.EndSubscriptionAsync(id, "Stoppende Shop B.V."));

        var saving = host.Find("form#subscription-form").SubmitAsync();
        host.WaitForAssertion(() => Assert.Contains("Abonnement beëindigen?", host.Markup));
        Assert.True((await register.Service.IsAffiliatedOnAsync(id, RegisterFixture.Today.AddDays(1))).Value);
        await host.Button("Ja, beëindigen").ClickAsync(new());
        await saving.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(await opened.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.False((await register.Service.IsAffiliatedOnAsync(id, RegisterFixture.Today.AddDays(1))).Value);
    }

    private static async Task ChooseAsync(IRenderedComponent<ContainerFragment> host, string label)
    {
        var radio = host.FindAll("label").First(l => l.TextContent.Contains(label, StringComparison.Ordinal)).QuerySelector("input")!;
        await radio.ClickAsync(new());
    }

    internal static BunitContext Host(RegisterFixture register) => ComponentHost.Create("nl-NL", c =>
    {
        c.Services.AddSingleton(register.Service);
        c.Services.AddSingleton<TimeProvider>(register.Clock);
        c.Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthentication(RegisterFixture.CaseManager));
        c.Services.AddTransient<RegisterDialogs>();
    });

    private static async Task<Task<T>> OpenAsync<T>(IRenderedComponent<ContainerFragment> host, Func<RegisterDialogs, Task<T>> open)
    {
        Task<T> opened = null!;
        var dialogs = host.Services.GetRequiredService<RegisterDialogs>();
        await host.InvokeAsync(() => { opened = open(dialogs); });
        host.WaitForAssertion(() => Assert.NotEmpty(host.FindAll("form.adr-dialog-form")));
        return opened;
    }

    private static async Task<int> CountAsync<TRow>(RegisterFixture register, Func<AdrDbContext, IQueryable<TRow>> rows)
    {
        await using var db = await register.Database.Factory.CreateDbContextAsync();
        return await rows(db).CountAsync();
    }
}
