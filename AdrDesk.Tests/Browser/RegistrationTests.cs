using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Browser;

[Collection("app"), Trait("Category", "Browser")]
public sealed class RegistrationTests(AppHost app, BrowserFixture browser)
{
    private const string GoodPassword = "Sterk-wachtwoord-42";

    [Fact]
    public Task Existing_email_gets_a_message_next_to_the_email_field() =>
        browser.RunAsync(app, async page =>
        {
            await FillAsync(page, "Sanne Tweede", "consument@demo.adrdesk.nl", GoodPassword, GoodPassword);
            await SubmitAsync(page);

            await Assertions.Expect(MessageOf(page, "E-mailadres")).ToContainTextAsync("Er bestaat al een account met dit e-mailadres");
            await Assertions.Expect(page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
        });

    [Theory]
    [InlineData("Zonder-cijfers-hier", "Het wachtwoord moet een cijfer bevatten.")]
    [InlineData("Kort-1a", "Het wachtwoord moet minstens 10 tekens hebben.")]
    [InlineData("alleenkleineletters-1", "Het wachtwoord moet een hoofdletter bevatten.")]
    public Task Weak_password_gets_a_message_next_to_the_password_field(string password, string message) =>
        browser.RunAsync(app, async page =>
        {
            await FillAsync(page, "Zwak Wachtwoord", Unique(), password, password);
            await SubmitAsync(page);

            await Assertions.Expect(MessageOf(page, "Wachtwoord")).ToContainTextAsync(message);
            await Assertions.Expect(page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
        }, nameof(Weak_password_gets_a_message_next_to_the_password_field) + password.Length);

    [Fact]
    public Task Mismatched_confirmation_gets_a_message_next_to_the_confirmation_field() =>
        browser.RunAsync(app, async page =>
        {
            await FillAsync(page, "Niet Gelijk", Unique(), GoodPassword, GoodPassword + "x");
            await SubmitAsync(page);

            await Assertions.Expect(MessageOf(page, "Herhaal wachtwoord")).ToContainTextAsync("De wachtwoorden zijn niet gelijk.");
            await Assertions.Expect(page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
        });

    [Fact]
    public Task Business_registration_without_KvK_number_gets_the_KvK_message() =>
        browser.RunAsync(app, async page =>
        {
            await page.GotoAsync("account/register");
            await page.GetByLabel("een webshop of bedrijf").CheckAsync();
            await FillFieldsAsync(page, "Bea Bedrijf", Unique(), GoodPassword, GoodPassword);
            await page.GetByLabel("Bedrijfsnaam").FillAsync("Webwinkel B.V.");
            await SubmitAsync(page);

            await Assertions.Expect(MessageOf(page, "KvK-nummer")).ToContainTextAsync("Een KvK-nummer heeft 8 cijfers.");
            await Assertions.Expect(page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
            // The choice survives the round trip, so the person need not pick it again.
            await Assertions.Expect(page.GetByLabel("een webshop of bedrijf")).ToBeCheckedAsync();
        });

    [Fact]
    public Task Valid_consumer_registration_signs_the_person_in() =>
        browser.RunAsync(app, async page =>
        {
            await FillAsync(page, "Nieuwe Consument", Unique(), GoodPassword, GoodPassword);
            await SubmitAsync(page);

            await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("Nieuwe Consument");
            await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("Consument");
        });

    [Fact]
    public Task Valid_business_registration_signs_in_as_business_user() =>
        browser.RunAsync(app, async page =>
        {
            await page.GotoAsync("account/register");
            await page.GetByLabel("een webshop of bedrijf").CheckAsync();
            await FillFieldsAsync(page, "Bas Bedrijf", Unique(), GoodPassword, GoodPassword);
            await page.GetByLabel("Bedrijfsnaam").FillAsync("Bas Webwinkel B.V.");
            await page.GetByLabel("KvK-nummer").FillAsync("12345678");
            await SubmitAsync(page);

            await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("Bas Bedrijf");
        });

    private static string Unique() => $"{Guid.NewGuid():N}"[..12] + "@test.adrdesk.nl";

    private static async Task FillAsync(IPage page, string name, string email, string password, string confirm)
    {
        await page.GotoAsync("account/register");
        await FillFieldsAsync(page, name, email, password, confirm);
    }

    private static async Task FillFieldsAsync(IPage page, string name, string email, string password, string confirm)
    {
        await page.GetByLabel("Volledige naam").FillAsync(name);
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Herhaal wachtwoord").FillAsync(confirm);
    }

    private static async Task SubmitAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    /// <summary>The validation message in the same field group as the input labelled <paramref name="label"/>.</summary>
    private static ILocator MessageOf(IPage page, string label) =>
        page.Locator(".adr-field", new() { Has = page.GetByLabel(label, new() { Exact = label == "Wachtwoord" }) }).Locator(".validation-message");
}
