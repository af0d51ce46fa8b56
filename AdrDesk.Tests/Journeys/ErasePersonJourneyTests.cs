using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using AppRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Journeys;

/// <summary>
/// Issue 19 item 7, on an empty database: a person never linked to anything opens "Mijn gegevens" (/account/my-data); the
/// first administrator opens "Persoon wissen" from the menu, enters the person's e-mail address, confirms, and sees what was
/// erased; the account is gone. Both pages pass the accessibility check.
/// </summary>
[Collection("app"), Trait("Category", "Browser"), Trait("Category", "Journey")]
public sealed class ErasePersonJourneyTests(BrowserFixture browser, CleanAppHost app, ITestOutputHelper output) : IClassFixture<CleanAppHost>
{
    [Fact]
    public async Task The_admin_erases_a_person_by_email_address_from_the_menu_after_a_confirmation()
    {
        await using var kit = new JourneyKit(app, browser, output, "erase-person");
        await kit.RunAsync(async () =>
        {
            var email = await app.CreateUserAsync(AppRoles.Consumer, JourneyKit.Password, "Ineke Wisverzoek");
            var person = await kit.PersonAsync("person");
            await BrowserFixture.SignInAsync(person, email, JourneyKit.Password);
            await person.GotoAsync("account/my-data");
            await Assertions.Expect(person.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(person.GetByLabel("Uw wachtwoord")).ToBeVisibleAsync();
            await AxeCheck.AssertNoSeriousViolationsAsync(person);
            kit.Step("the person's own data page");

            var admin = await kit.FirstAdminAsync();
            // As in the audit-check journey: let the home page settle after the second factor before using the menu.
            await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await admin.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" })
                .GetByRole(AriaRole.Link, new() { Name = "Persoon wissen" }).ClickAsync();
            await Assertions.Expect(admin).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("admin/erase-person$"), new() { Timeout = 30_000 });
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Persoon wissen op verzoek", Level = 1 })).ToBeVisibleAsync();
            await BrowserFixture.WaitForInteractiveAsync(admin);
            await AxeCheck.AssertNoSeriousViolationsAsync(admin);
            kit.Step("the erase page from the menu");

            var field = admin.GetByLabel("Account-id of e-mailadres");
            await JourneyKit.FillAsync([(field, email.ToUpperInvariant())]);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Wissen", Exact = true }).ClickAsync();
            var confirm = admin.GetByRole(AriaRole.Group).Filter(new() { HasText = "Weet u zeker" });
            await Assertions.Expect(confirm).ToContainTextAsync(email.ToUpperInvariant(), new() { Timeout = 30_000 });
            await AxeCheck.AssertNoSeriousViolationsAsync(admin);
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Ja, definitief wissen" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Gewist:" })).ToContainTextAsync("Account verwijderd: ja", new() { Timeout = 30_000 });
            await Assertions.Expect(admin.Locator("p.validation-message[role=alert]")).ToHaveCountAsync(0); // the account was deleted
            kit.Step("erased after the confirmation");

            await using var scope = app.Services.CreateAsyncScope();
            Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email));
        });
    }
}
