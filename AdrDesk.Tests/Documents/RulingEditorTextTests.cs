using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Features.Workbench;
using AdrDesk.Features.Workbench.Components;
using AdrDesk.Tests.Components;
using AdrDesk.Tests.Workbench;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Documents;

/// <summary>
/// Issue 20 item 4: the same words in the editor as in the PDF. The ruling editor's fixed text (D27) was its own
/// resx sentence ("beslist de commissie") while the PDF said "heeft de beoordelaar beslist"; both now print
/// <see cref="BindingRulingTexts.ApplicableLaw"/>, and this test reads the sentences in the editor and in the preview.
/// </summary>
[Trait("Issue", "20")]
public sealed class RulingEditorTextTests
{
    [Fact, Trait("Rule", "D27")]
    public async Task D27_The_ruling_editor_shows_the_fixed_sentences_the_ruling_pdf_prints()
    {
        await using var kit = await WorkbenchKit.StartAsync();
        var n = await RulingInPreparationAsync(kit);
        await using var ctx = ComponentHost.Create("nl-NL", c =>
        {
            c.Services.AddSingleton(kit.Get<RulingDraftService>());
            c.Services.AddSingleton<TimeProvider>(kit.Clock);
        });
        var editor = ctx.Render<RulingEditor>(p => p
            .Add(e => e.Number, n)
            .Add(e => e.State, BindingRulingState.RulingInPreparation)
            .AddCascadingValue(Task.FromResult(new AuthenticationState(kit.A1.Principal))));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("[data-testid=ruling-fixed-text]")), TimeSpan.FromSeconds(20));

        var pdfSentences = BindingRulingTexts.For(DocumentLanguage.Nl).ApplicableLaw;
        var shown = editor.FindAll("[data-testid=ruling-fixed-text]").Select(p => p.TextContent.Trim()).ToList();
        Assert.Equal(pdfSentences, shown);
        Assert.Contains(shown, s => s.Contains("heeft de beoordelaar beslist naar redelijkheid en billijkheid", StringComparison.Ordinal));
        Assert.DoesNotContain("beslist de commissie", editor.Markup, StringComparison.Ordinal);

        // The preview is the ruling template itself: the same sentence is in it.
        var preview = await kit.Get<RulingDraftService>().PreviewAsync(kit.A1.Principal, n,
            new RulingText("Feiten.", "Standpunt.", "Standpunt.", "Beoordeling.", "Beslissing.", null, null, PartyRole.Business, "Betaling."));
        ResultAssert.Ok(preview);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(pdfSentences[^1]), preview.Value);
    }

    [Fact]
    public async Task The_ruling_names_each_party_by_name_with_the_webshops_postal_address_from_the_register()
    {
        await using var kit = await WorkbenchKit.StartAsync();
        await using (var db = await kit.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<AdrDesk.Infrastructure.Data.AdrDbContext>>().CreateDbContextAsync())
        {
            var webshop = await db.Organisations.SingleAsync(o => o.Id == kit.Webshop.Id);
            var address = AdrDesk.Domain.Register.OrganisationAddress.Create("Stationsweg 8", "3511 ED", "Utrecht", "NL").Value;
            var contact = AdrDesk.Domain.Register.OrganisationContact.Create("geschillen@fietsenwinkel.example", address, null, null).Value;
            ResultAssert.Ok(webshop.ChangeContact(contact, AmsterdamCalendar.DateOf(kit.Clock.GetUtcNow())));
            await db.SaveChangesAsync();
        }
        var n = await RulingInPreparationAsync(kit);

        var preview = await kit.Get<RulingDraftService>().PreviewAsync(kit.A1.Principal, n,
            new RulingText("Feiten.", "Standpunt.", "Standpunt.", "Beoordeling.", "Beslissing.", null, null, PartyRole.Business, "Betaling."));
        ResultAssert.Ok(preview);

        var names = System.Text.RegularExpressions.Regex.Matches(preview.Value, "<div class=\"party-name\">([^<]*)</div>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([kit.Consumer.Name, kit.Shop.Name], names);
        Assert.Contains("Stationsweg 8, 3511 ED Utrecht, Nederland", preview.Value);
    }

    /// <summary>A case with a panel of one, in RulingInPreparation (as RulingEditorComponentTests prepares it).</summary>
    private static async Task<string> RulingInPreparationAsync(WorkbenchKit kit)
    {
        var desk = kit.Get<DeskService>();
        var work = kit.Get<CaseWorkService>();
        var c = await kit.FiledCaseAsync();
        var n = c.Number.ToString();
        ResultAssert.Ok(await desk.StartScreeningAsync(kit.Desk.Principal, n));
        ResultAssert.Ok(await desk.AssignPanelAsync(kit.Desk.Principal, n, [kit.A1.Id], kit.A1.Id));
        ResultAssert.Ok(await desk.RecordStaffDecisionAsync(kit.Desk.Principal, n, "D25j", StaffDecisionOutcome.Handle, "Geen bezwaar voor de werking van het loket."));
        ResultAssert.Ok(await desk.ForwardAsync(kit.Desk.Principal, n));
        c = await kit.LoadAsync(c);
        await kit.StepAsync(c, x => x.RecordResponse(kit.Shop.Actor, kit.Clock, "Wij betwisten dat de fiets defect was."));
        ResultAssert.Ok(await work.FailSettlementAsync(kit.A1.Principal, n, "Partijen willen niet schikken."));
        ResultAssert.Ok(await work.DeclareDossierCompleteAsync(kit.A1.Principal, n));
        ResultAssert.Ok(await work.StartRulingPreparationAsync(kit.A1.Principal, n));
        return n;
    }
}
