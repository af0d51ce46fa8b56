using AdrDesk.Tests.Support;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Accounts;

/// <summary>
/// Issue 19 item 1 from the outside, on an empty database: a person registers, is told to confirm, asks for a new link,
/// and the link works once.
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class EmailConfirmationJourneyTests(BrowserFixture browser, CleanAppHost app) : IClassFixture<CleanAppHost>
{
    [Fact]
    public Task A_new_account_is_told_to_confirm_gets_a_new_link_on_request_and_each_link_works_once() =>
        browser.RunAsync(app, async page =>
        {
            var email = $"{Guid.NewGuid():N}"[..12] + "@test.adrdesk.nl";
            await page.GotoAsync("account/register");
            await page.GetByLabel("Volledige naam").FillAsync("Nina Nieuw");
            await page.GetByLabel("E-mailadres").FillAsync(email);
            await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(AppHost.TestPassword);
            await page.GetByLabel("Herhaal wachtwoord").FillAsync(AppHost.TestPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();

            // Signed in, but told that no case shows until the address is confirmed.
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bevestig uw e-mailadres" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("Nina Nieuw");
            await Assertions.Expect(page.GetByText("Zolang u uw e-mailadres niet hebt bevestigd, ziet u geen zaken.")).ToBeVisibleAsync();
            await AxeCheck.AssertNoSeriousViolationsAsync(page);
            var first = await ConfirmAddress.LinkAsync(app, email);
            await page.GotoAsync("my-cases");
            await Assertions.Expect(page.GetByTestId("unconfirmed-notice")).ToBeVisibleAsync();
            await page.GetByTestId("unconfirmed-notice").GetByRole(AriaRole.Link, new() { Name = "E-mailadres bevestigen" }).ClickAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Stuur een nieuwe bevestigingslink" }).ClickAsync();
            await Assertions.Expect(page.GetByText($"Er is een nieuwe bevestigingslink verstuurd naar {email}.")).ToBeVisibleAsync();

            // A link that does not fit (tampered) is refused with a way to a new one.
            await page.GotoAsync(first.Replace("code=", "code=x", StringComparison.Ordinal));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deze link werkt niet" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe bevestigingslink aanvragen" })).ToBeVisibleAsync();

            var newest = await ConfirmAddress.LinkAsync(app, email, notThisLink: first);
            await ConfirmAddress.FromOutboxAsync(page, app, email, notThisLink: first);
            await page.GotoAsync("my-cases");
            await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("Nina Nieuw");
            await Assertions.Expect(page.GetByTestId("unconfirmed-notice")).ToHaveCountAsync(0);
            // Single use: the same link again changes nothing and says so.
            await page.GotoAsync(newest);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deze link is al gebruikt" })).ToBeVisibleAsync();
        });
}
