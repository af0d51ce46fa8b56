using System.Diagnostics;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Roles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.CaseFile;

/// <summary>
/// Issue 6 items 5/6 in Chromium: a change made in another feature (the assessor's workbench) shows on the
/// consumer's open case page without a reload, and the consumer is notified (bell, notification list).
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class CaseChangeBrowserTests(AppHost app, BrowserFixture browser)
{
    [Fact, Trait("Rule", "D15")]
    public Task D15_The_assessor_declares_the_dossier_complete_in_the_workbench_and_the_consumers_open_page_shows_it_at_once() =>
        browser.RunAsync(app, async consumer =>
        {
            var consumerEmail = await app.CreateUserAsync(Roles.Consumer, displayName: "Sanne de Vries");
            var assessorEmail = await app.CreateUserAsync(Roles.Assessor, displayName: "mr. Eva Bakker");
            var number = await CaseInInformationGatheringAsync(await IdAsync(consumerEmail), await IdAsync(assessorEmail));

            // The notices of the steps that made the case are in before the page opens, so the bell's change below is the assessor's.
            var factory = app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
            var waited = Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(15))
            {
                await using var db = await factory.CreateDbContextAsync();
                if (await db.Set<UserNotification>().AnyAsync(n => n.CaseNumber == number && n.Kind == "RecordResponse")) break;
                await Task.Delay(100);
            }
            await BrowserFixture.SignInAsync(consumer, consumerEmail, AppHost.TestPassword);
            await consumer.GotoAsync($"cases/{number}");
            await Expect(consumer.GetByRole(AriaRole.Heading, new() { Name = $"Zaak {number}" })).ToBeVisibleAsync();
            await consumer.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('.cf-live') !== null");
            await consumer.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await consumer.EvaluateAsync("() => window.__sameDocument = true");
            var unreadBefore = await consumer.GetByTestId("bell").GetAttributeAsync("aria-label");

            var assessor = await browser.NewPageAsync(app.BaseUrl);
            try
            {
                await BrowserFixture.SignInAsync(assessor, assessorEmail, AppHost.TestPassword);
                await assessor.GotoAsync($"workbench/{number}");
                var complete = assessor.GetByRole(AriaRole.Button, new() { Name = "Dossier compleet verklaren (D15)" });
                await Expect(complete).ToBeEnabledAsync(new() { Timeout = 15_000 });
                await assessor.WaitForLoadStateAsync(LoadState.NetworkIdle);
                await complete.ClickAsync();

                // The workbench renders the step's letter (PDF) before it commits, so no stopwatch from the click here:
                // the 1-second property is CaseFileBrowserTests.D12_D13_…; this test is about a change from another feature.
                await Expect(consumer.GetByTestId("status-words")).ToHaveTextAsync("Dossier compleet", new() { Timeout = 20_000 });
                await Expect(consumer.GetByTestId("timeline").Locator("li.cf-new").Filter(new() { HasText = "Dossier compleet verklaard" })).ToBeVisibleAsync();
                Assert.True(await consumer.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the consumer's page was reloaded");

                // The notice of the workbench's change: the bell counts it without a reload, the list names it.
                await Expect(consumer.GetByTestId("bell")).Not.ToHaveAttributeAsync("aria-label", unreadBefore!, new() { Timeout = 10_000 });
                await using (var db = await factory.CreateDbContextAsync())
                    Assert.True(await db.Set<UserNotification>().AnyAsync(n => n.CaseNumber == number && n.Kind == "DeclareDossierComplete"));
                await consumer.GotoAsync("notifications");
                await Expect(consumer.GetByText("het dossier is compleet; de beoordeling begint").First).ToBeVisibleAsync();
                Directory.CreateDirectory(Folder);
                await consumer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, "casefile-notifications.png"), FullPage = true });
            }
            finally
            {
                await assessor.Context.CloseAsync();
            }
        });

    private static string Folder => Environment.GetEnvironmentVariable("ADRDESK_SCREENSHOTS") == "1"
        ? Path.Combine(AppHost.AppProjectFolder(), "..", "docs", "img")
        : BrowserFixture.ScreenshotFolder;

    private async Task<Guid> IdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }

    private async Task<string> CaseInInformationGatheringAsync(Guid consumerId, Guid assessorId)
    {
        var store = app.Services.GetRequiredService<CaseStore>();
        var clock = TimeProvider.System;
        var consumer = new Actor(consumerId, "Sanne de Vries", Role.Consumer);
        var shop = new Actor(Guid.NewGuid(), "Mark Jansen", Role.Business);
        var desk = new Actor(Guid.NewGuid(), "Lotte Visser", Role.CaseManager);
        var assessor = new Actor(assessorId, "mr. Eva Bakker", Role.Assessor);
        var created = await store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n,
            Party.Consumer("Sanne de Vries", consumerId).Value, Party.Business("Fietsenwinkel BV", shop.UserId, Guid.NewGuid()).Value,
            PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, consumer, clock));
        var number = created.Value.Number;
        foreach (var step in new Func<BindingRulingCase, Result>[]
        {
            c => c.Submit(consumer, clock, acceptsBindingRuling: true),
            c => c.StartScreening(desk, clock),
            c => c.AssignPanel(desk, clock, [new PanelMember(assessorId, assessor.DisplayName, true)]),
            c => c.Forward(assessor, clock),
            c => c.RecordResponse(shop, clock, "Wij betwisten de klacht."),
            c => c.FailSettlement(assessor, clock, "Partijen komen niet tot elkaar."),
        })
            Assert.True((await store.UpdateAsync(number, step)).IsSuccess);
        return number.ToString();
    }
}
