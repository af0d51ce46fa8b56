using System.Security.Claims;
using AdrDesk.Features.Admin;
using AdrDesk.Features.Admin.ErasePerson;
using AdrDesk.Features.Cases.DataRights;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Register;
using AdrDesk.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SecurityRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 5: the admin's dialogs on MudBlazor over AdrDesk's real services (a fresh database, no demo data): a new staff
/// account's field messages and its one save; the roles dialog's confirmation step and a refused change; the erase page's
/// confirmation before anything is erased. Every person starts unlinked to anything.
/// </summary>
[Trait("Issue", "16")]
public sealed class AdminDialogComponentTests
{
    [Fact]
    public async Task A_new_staff_account_needs_a_name_and_a_valid_address_at_their_fields_then_is_made_once()
    {
        await using var app = await ServiceHost.StartAsync();
        var admin = await AccountAsync(app, "Ruben Beheer", SecurityRoles.Admin);
        await using var ctx = Host(app, admin.Principal);
        var host = ctx.RenderProviders();
        var opened = await OpenAsync<NewStaffAccountDialog>(host, "Nieuw medewerkersaccount", []);

        await host.TypeAsync("staff-email", "geen-adres");
        await host.Find("form#new-staff-form").SubmitAsync();
        Assert.Equal("Vul de volledige naam in.", host.FieldMessage("staff-name"));
        Assert.Equal("Vul een geldig e-mailadres in, bijvoorbeeld naam@desk.nl.", host.FieldMessage("staff-email"));
        Assert.False(opened.IsCompleted);

        await host.TypeAsync("staff-name", "mr. Nieuwe Collega");
        await host.TypeAsync("staff-email", "collega@desk.example");
        var mediator = host.FindAll("label").First(l => l.TextContent.Trim() == "Mediator").QuerySelector("input")!;
        await mediator.ClickAsync(new());
        await host.Find("form#new-staff-form").SubmitAsync();

        var result = await opened.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.False(result!.Canceled);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var made = await users.FindByEmailAsync("collega@desk.example");
        Assert.NotNull(made);
        Assert.Equal(["Mediator"], await users.GetRolesAsync(made));
    }

    [Fact]
    public async Task A_refused_new_account_shows_why_and_that_nothing_was_saved_and_keeps_the_input()
    {
        await using var app = await ServiceHost.StartAsync();
        var admin = await AccountAsync(app, "Ruben Beheer", SecurityRoles.Admin);
        var taken = await AccountAsync(app, "Bestaande Collega", SecurityRoles.Assessor);
        await using var ctx = Host(app, admin.Principal);
        var host = ctx.RenderProviders();
        var opened = await OpenAsync<NewStaffAccountDialog>(host, "Nieuw medewerkersaccount", []);

        await host.TypeAsync("staff-name", "Dubbele Collega");
        await host.TypeAsync("staff-email", taken.Email);
        await host.Find("form#new-staff-form").SubmitAsync();

        host.WaitForAssertion(() => Assert.Contains("Er is niets opgeslagen", host.Find("[data-testid=save-failed]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Dubbele Collega", host.Find("#staff-name").GetAttribute("value"));
        Assert.False(opened.IsCompleted);
    }

    [Fact]
    public async Task The_roles_dialog_shows_what_is_added_and_removed_before_it_saves_them()
    {
        await using var app = await ServiceHost.StartAsync();
        var admin = await AccountAsync(app, "Ruben Beheer", SecurityRoles.Admin);
        var desk = await AccountAsync(app, "Lotte Balie", SecurityRoles.CaseManager);
        await using var ctx = Host(app, admin.Principal);
        var host = ctx.RenderProviders();
        var opened = await OpenAsync<RolesDialog>(host, "Rollen", new()
        {
            { nameof(RolesDialog.UserId), desk.Id }, { nameof(RolesDialog.Name), "Lotte Balie" },
            { nameof(RolesDialog.Current), (IReadOnlyList<string>)[SecurityRoles.CaseManager] },
        });

        await CheckAsync(host, "Balie", false);
        await CheckAsync(host, "Consument", true);
        await host.Find("form#roles-form").SubmitAsync();
        Assert.Contains("Eraf: Balie", host.Markup, StringComparison.Ordinal);
        Assert.Contains("Erbij: Consument", host.Markup, StringComparison.Ordinal);
        Assert.Equal([SecurityRoles.CaseManager], await RolesAsync(app, desk.Id)); // nothing saved before the confirmation

        await host.Find("form#roles-form").SubmitAsync();
        Assert.False((await opened.WaitAsync(TimeSpan.FromSeconds(20)))!.Canceled);
        Assert.Equal([SecurityRoles.Consumer], await RolesAsync(app, desk.Id));
    }

    [Fact]
    public async Task The_last_admin_removing_their_own_admin_role_is_refused_with_the_reason()
    {
        await using var app = await ServiceHost.StartAsync();
        var admin = await AccountAsync(app, "Ruben Beheer", SecurityRoles.Admin);
        await using var ctx = Host(app, admin.Principal);
        var host = ctx.RenderProviders();
        var opened = await OpenAsync<RolesDialog>(host, "Rollen", new()
        {
            { nameof(RolesDialog.UserId), admin.Id }, { nameof(RolesDialog.Name), "Ruben Beheer" },
            { nameof(RolesDialog.Current), (IReadOnlyList<string>)[SecurityRoles.Admin] },
        });

        await CheckAsync(host, "Beheerder", false);
        await CheckAsync(host, "Balie", true);
        await host.Find("form#roles-form").SubmitAsync();
        await host.Find("form#roles-form").SubmitAsync();

        host.WaitForAssertion(() => Assert.Contains("minstens één beheerder", host.Find("[data-testid=save-failed]").TextContent, StringComparison.Ordinal));
        Assert.Equal([SecurityRoles.Admin], await RolesAsync(app, admin.Id));
        Assert.False(opened.IsCompleted);
    }

    [Fact]
    public async Task Erasing_a_person_asks_for_a_confirmation_and_erases_nothing_until_it_is_given()
    {
        await using var app = await ServiceHost.StartAsync();
        var admin = await AccountAsync(app, "Ruben Beheer", SecurityRoles.Admin);
        var person = await AccountAsync(app, "Ineke Wisverzoek", SecurityRoles.Consumer);
        await using var ctx = Host(app, admin.Principal);
        ctx.RenderProviders();
        var page = ctx.Render<ErasePersonPage>();

        await page.Find("#erase-key").ChangeAsync(new() { Value = "" });
        await Click(page, "Wissen");
        Assert.Contains("Vul een account-id of e-mailadres in.", page.Markup, StringComparison.Ordinal);

        await page.Find("#erase-key").ChangeAsync(new() { Value = person.Email });
        await Click(page, "Wissen");
        Assert.Contains($"Weet u zeker dat u de persoonsgegevens van {person.Email} wilt wissen?", page.Find("[role=group]").TextContent, StringComparison.Ordinal);
        await Click(page, "Annuleren");
        Assert.Empty(page.FindAll("[role=group]"));
        Assert.NotNull(await FindAsync(app, person.Email)); // nothing erased

        await Click(page, "Wissen");
        await Click(page, "Ja, definitief wissen");
        page.WaitForAssertion(() => Assert.Contains("Gewist:", page.Find("[role=status]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        Assert.Null(await FindAsync(app, person.Email));
    }

    private sealed record Account(Guid Id, string Email, ClaimsPrincipal Principal);

    private static async Task<Account> AccountAsync(ServiceHost app, string name, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{Guid.NewGuid():N}"[..10] + "@desk.example";
        var user = new AppUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(ClaimTypes.Name, email),
            new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, name), new Claim(ClaimTypes.Role, role),
        ], "test"));
        return new Account(user.Id, email, principal);
    }

    private static async Task<IList<string>> RolesAsync(ServiceHost app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(id.ToString()))!);
    }

    private static async Task<AppUser?> FindAsync(ServiceHost app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
    }

    private static BunitContext Host(ServiceHost app, ClaimsPrincipal admin)
    {
        var scope = app.Services.CreateScope();
        return ComponentHost.Create("nl-NL", c =>
        {
            c.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<AccountAdminService>());
            c.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<AdrDesk.Features.Register.RegisterService>());
            c.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<PersonalDataRights>());
            c.Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthentication(admin));
        });
    }

    private static async Task<Task<DialogResult?>> OpenAsync<TDialog>(IRenderedComponent<ContainerFragment> host, string title, DialogParameters parameters)
        where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        var dialogs = host.Services.GetRequiredService<IDialogService>();
        IDialogReference reference = null!;
        await host.InvokeAsync(async () => reference = await dialogs.ShowAsync<TDialog>(title, parameters));
        host.WaitForAssertion(() => Assert.NotEmpty(host.FindAll("form.adr-dialog-form")));
        return reference.Result;
    }

    private static async Task CheckAsync(IRenderedComponent<ContainerFragment> host, string label, bool on)
    {
        var box = host.FindAll("label").First(l => l.TextContent.Trim() == label).QuerySelector("input[type=checkbox]")!;
        await box.ChangeAsync(new() { Value = on });
    }

    private static Task Click(IRenderedComponent<ErasePersonPage> page, string text) =>
        page.FindAll("button").Single(b => b.TextContent.Trim() == text).ClickAsync(new());
}
