using System.Text.RegularExpressions;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Browser;

[Collection("app"), Trait("Category", "Browser")]
public sealed partial class PasswordResetTests(AppHost app, BrowserFixture browser)
{
    private const string NewPassword = "Nieuw-wachtwoord-77";

    [Fact]
    public Task Forgot_password_mails_a_link_that_sets_a_new_password_and_a_tampered_link_is_refused() =>
        browser.RunAsync(app, async page =>
        {
            var email = await app.CreateUserAsync(displayName: "Reset Persoon");

            await page.GotoAsync("account/forgot-password");
            await page.GetByLabel("E-mailadres").FillAsync(email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Stuur de link" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is er een e-mail met een link verstuurd");

            // The mail is a row in the outbox table, delivered by the dispatcher as an .eml file.
            var message = await WaitForSentMailAsync(email);
            Assert.Equal("Kies een nieuw wachtwoord voor AdrDesk.", message.Subject);
            var file = Path.Combine(app.OutboxFolder, message.FileName!);
            Assert.True(File.Exists(file), $"{file} exists");
            var eml = Eml.Load(file);
            Assert.Contains(email, eml["To"]);
            var link = ResetLink().Match(eml.Text).Value;
            Assert.StartsWith(app.BaseUrl + "/account/reset-password?", link);

            // A tampered code is refused with a clear message.
            await page.GotoAsync(Tamper(link));
            await SubmitNewPasswordIfAskedAsync(page, NewPassword);
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Deze link is ongeldig of verlopen.");

            // The real link works once.
            await page.GotoAsync(link);
            await SubmitNewPasswordIfAskedAsync(page, NewPassword);
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Uw wachtwoord is gewijzigd. U kunt nu inloggen.");

            await BrowserFixture.SignInAsync(page, email, NewPassword);
            await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("Reset Persoon");

            // Used once, the link is no longer valid (the security stamp changed).
            await page.Context.ClearCookiesAsync();
            await page.GotoAsync(link);
            await SubmitNewPasswordIfAskedAsync(page, NewPassword + "b");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Deze link is ongeldig of verlopen.");
        });

    [Fact]
    public Task Admin_outbox_page_lists_the_reset_mail_as_sent_with_its_text() =>
        browser.RunAsync(app, async page =>
        {
            var email = await app.CreateUserAsync(displayName: "Outbox Persoon");
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AdrDesk.Infrastructure.Identity.AppUser>>();
                await scope.ServiceProvider.GetRequiredService<AdrDesk.Components.Account.PasswordResetMail>().SendAsync((await users.FindByEmailAsync(email))!);
            }
            var message = await WaitForSentMailAsync(email);

            await BrowserFixture.SignInAsync(page, "admin@demo.adrdesk.nl", AdrDesk.Infrastructure.Identity.DemoAccounts.Password);
            await page.GotoAsync("admin/outbox");

            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = email });
            await Assertions.Expect(row).ToContainTextAsync("Outbox Persoon");
            await Assertions.Expect(row).ToContainTextAsync("nieuw wachtwoord voor AdrDesk");
            await Assertions.Expect(row).ToContainTextAsync("Verstuurd");
            await Assertions.Expect(row).ToContainTextAsync(message.FileName!);
        });

    [Theory]
    [InlineData("account/reset-password")]
    [InlineData("account/reset-password?email=a%40b.nl")]
    [InlineData("account/reset-password?email=a%40b.nl&code=%%%")]
    public Task Reset_page_without_a_usable_code_says_the_link_is_invalid(string path) =>
        browser.RunAsync(app, async page =>
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Deze link is ongeldig of verlopen.");
        }, nameof(Reset_page_without_a_usable_code_says_the_link_is_invalid) + path.Length);

    private static async Task SubmitNewPasswordIfAskedAsync(IPage page, string password)
    {
        var field = page.GetByLabel("Nieuw wachtwoord", new() { Exact = true });
        if (await field.CountAsync() == 0)
        {
            return; // the page already refused the link
        }
        await field.FillAsync(password);
        await page.GetByLabel("Herhaal wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    /// <summary>Changes one character in the middle of the code.</summary>
    private static string Tamper(string link)
    {
        var at = link.IndexOf("code=", StringComparison.Ordinal) + 5 + 40;
        var c = link[at] == 'A' ? 'B' : 'A';
        return link[..at] + c + link[(at + 1)..];
    }

    private async Task<OutboxMessage> WaitForSentMailAsync(string email)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            await using (var db = await factory.CreateDbContextAsync())
            {
                var message = await db.Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.ToAddress == email);
                if (message?.SentAt is not null)
                {
                    return message;
                }
                if (DateTime.UtcNow > deadline)
                {
                    Assert.Fail(message is null ? "no outbox row for the reset mail" : $"reset mail not delivered: {message.LastError}");
                }
            }
            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();
}
