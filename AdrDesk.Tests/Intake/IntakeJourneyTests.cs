using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Tests.Documents;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Intake;

/// <summary>Issue 5 item 11: the wizard in Chromium against the real app.</summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class IntakeJourneyTests(AppHost app, BrowserFixture browser)
{
    [Fact, Trait("Rule", "D17"), Trait("Rule", "D12")]
    public Task D17_An_accepted_filing_end_to_end_with_its_receipt_pdf() =>
        browser.RunAsync(app, async page =>
        {
            await BrowserFixture.SignInAsync(page, await app.CreateUserAsync(), AppHost.TestPassword);
            await page.GotoAsync("intake/bindend-advies");
            var wizard = new WizardDriver(page) { Axe = true, Shots = true };
            await wizard.WhoAsync();
            await wizard.WebshopAsync();
            await wizard.PurchaseAsync();
            await wizard.NextAsync();
            await wizard.ComplaintAsync();
            await wizard.NextAsync();
            await wizard.RestAndSubmitAsync();

            var number = await page.GetByTestId("case-number").TextContentAsync();
            Assert.StartsWith("DD-", number);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Naar zaak {number}" })).ToHaveAttributeAsync("href", $"cases/{number}");
            // The receipt is issued just after the confirmation (item 12). The case page, opened at once, lists it when it is
            // there, without a reload (ReceiptDelivery publishes a case event).
            await page.GetByRole(AriaRole.Link, new() { Name = $"Naar zaak {number}" }).ClickAsync();
            await page.GetByRole(AriaRole.Tab, new() { Name = "Documenten" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ontvangstbevestiging van uw geschil" }))
                .ToBeVisibleAsync(new() { Timeout = 30_000 });
            var mail = await ReceiptMailAsync(number!);
            var text = await Poppler.TextAsync(Assert.Single(mail.Attachments).Content);
            Assert.Contains(number!, text);
            Assert.Contains("Racefiets Vento 3", text);
            Assert.Contains("<script>", text); // rendered as text, never markup
        });

    [Fact]
    public Task A_signed_in_filer_starts_with_the_accounts_name_and_email() =>
        browser.RunAsync(app, async page =>
        {
            var email = await app.CreateUserAsync(displayName: "Noor Bakker");
            await BrowserFixture.SignInAsync(page, email, AppHost.TestPassword);
            await page.GotoAsync("intake/bindend-advies");
            await Assertions.Expect(page.GetByLabel("Uw naam", new() { Exact = true })).ToHaveValueAsync("Noor Bakker");
            await Assertions.Expect(page.GetByLabel("E-mailadres", new() { Exact = true })).ToHaveValueAsync(email);
        });

    private async Task<OutboxMessage> ReceiptMailAsync(string number)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var db = await factory.CreateDbContextAsync();
            if (await db.Outbox.Include(m => m.Attachments).SingleOrDefaultAsync(m => m.CaseNumber == number) is { } mail) return mail;
            Assert.True(DateTime.UtcNow < until, $"no receipt mail for {number} within 30 s");
            await Task.Delay(200);
        }
    }
}
