using AdrDesk.Domain.Eligibility;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.CaseFile.Data;
using System.Text.RegularExpressions;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Features.Intake;
using AdrDesk.Features.Intake.Desk;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Resources;
using AdrDesk.Tests.Documents;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Tests.Workbench;

/// <summary>
/// Issue 7 item 6 (D18): the parties' own compliance reports and the letter to the certification mark; the one desk
/// queue's post section; the workbench grid's count and pages, asked apart as the page asks them.
/// </summary>
public sealed partial class ComplianceAndQueueTests : IAsyncLifetime
{
    private WorkbenchKit _kit = default!;
    public async Task InitializeAsync() => _kit = await WorkbenchKit.StartAsync();
    public async Task DisposeAsync() => await _kit.DisposeAsync();

    private DeskService Desk => _kit.Get<DeskService>();
    private CaseWorkService Work => _kit.Get<CaseWorkService>();
    private RulingDraftService Drafts => _kit.Get<RulingDraftService>();
    private ComplianceService Compliance => _kit.Get<ComplianceService>();
    private PartyCompliance Parties => _kit.Get<PartyCompliance>();

    /// <summary>A single assessor's ruling for the webshop to pay, issued and sent: the compliance term runs.</summary>
    private async Task<string> RulingSentAsync()
    {
        var c = await _kit.FiledCaseAsync();
        var n = c.Number.ToString();
        ResultAssert.Ok(await Desk.StartScreeningAsync(_kit.Desk.Principal, n));
        ResultAssert.Ok(await Desk.AssignPanelAsync(_kit.Desk.Principal, n, [_kit.A1.Id], _kit.A1.Id));
        ResultAssert.Ok(await Desk.RecordStaffDecisionAsync(_kit.Desk.Principal, n, "D25j", StaffDecisionOutcome.Handle, "Geen bezwaar voor de werking van het loket."));
        ResultAssert.Ok(await Desk.ForwardAsync(_kit.Desk.Principal, n));
        c = await _kit.LoadAsync(c);
        await _kit.StepAsync(c, x => x.RecordResponse(_kit.Shop.Actor, _kit.Clock, "Wij betwisten de klacht."));
        ResultAssert.Ok(await Work.FailSettlementAsync(_kit.A1.Principal, n, "Geen schikking."));
        ResultAssert.Ok(await Work.DeclareDossierCompleteAsync(_kit.A1.Principal, n));
        ResultAssert.Ok(await Work.StartRulingPreparationAsync(_kit.A1.Principal, n));
        ResultAssert.Ok(await Drafts.SaveAsync(_kit.A1.Principal, n, new RulingText(
            "De consument kocht een fiets.", "De fiets was kapot.", "De fiets was heel.", "De webshop draagt het risico.",
            "De webshop betaalt de koopprijs terug.", 480m, AmsterdamCalendar.DateOf(_kit.Clock.GetUtcNow()).AddDays(14), PartyRole.Business,
            "Betaling op de rekening van de consument."), -1));
        ResultAssert.Ok(await Drafts.IssueAsync(_kit.A1.Principal, n));
        return n;
    }

    [Fact, Trait("Rule", "D18")]
    public async Task D18_Each_party_reports_compliance_itself_staff_see_the_reports_and_each_is_in_the_audit_trail()
    {
        var c = await _kit.FiledCaseAsync();
        // Before the ruling there is nothing to report.
        ResultAssert.Fails<ComplianceReportNotOpen>(await Parties.ReportAsync(_kit.Consumer.Principal, c.Number.ToString(), true, null));
        var n = await RulingSentAsync();

        var consumerView = ResultAssert.Ok(await Parties.ViewAsync(_kit.Consumer.Principal, n));
        Assert.True(consumerView.CanReport);
        Assert.Equal(PartyRole.Business, consumerView.MustComply);
        Assert.Equal(PartyRole.Consumer, consumerView.You);
        ResultAssert.Ok(await Parties.ReportAsync(_kit.Consumer.Principal, n, complied: false, "Nog geen geld ontvangen."));
        ResultAssert.Ok(await Parties.ReportAsync(_kit.Shop.Principal, n, complied: true, "Betaald op 10 maart."));

        // Only a party (or its representative or colleague) reports: not the desk, not an assessor, not a stranger.
        ResultAssert.Fails<NotAPartyOfThisCase>(await Parties.ReportAsync(_kit.Desk.Principal, n, true, null));
        ResultAssert.Fails<NotAPartyOfThisCase>(await Parties.ReportAsync(_kit.A1.Principal, n, true, null));
        var stranger = await _kit.PersonAsync("Iemand Anders", AdrDesk.Security.Roles.Consumer);
        ResultAssert.Fails<CaseNotFound>(await Parties.ReportAsync(stranger.Principal, n, true, null));
        var colleague = await _kit.PersonAsync("Collega Fietsenwinkel", AdrDesk.Security.Roles.Business, _kit.Webshop.Id);
        ResultAssert.Ok(await Parties.ReportAsync(colleague.Principal, n, complied: true, null));

        var reports = ResultAssert.Ok(await Parties.ForStaffAsync(_kit.Desk.Principal, n));
        Assert.Equal(3, reports.Count);
        Assert.False(reports[0].Complied);
        Assert.Equal("Nog geen geld ontvangen.", reports[0].Note);
        Assert.Equal((PartyRole.Business, "Fietsenwinkel BV", "Fietsenwinkel BV", true), (reports[1].Party, reports[1].PartyName, reports[1].ReportedBy, reports[1].Complied));
        Assert.Equal((PartyRole.Business, "Collega Fietsenwinkel"), (reports[2].Party, reports[2].ReportedBy));
        Assert.Equal(3, ResultAssert.Ok(await Parties.ForStaffAsync(_kit.A1.Principal, n)).Count); // the case's assessor too
        ResultAssert.Fails<CaseNotFound, IReadOnlyList<PartyComplianceReport>>(await Parties.ForStaffAsync(_kit.Outsider.Principal, n));
        ResultAssert.Fails<CaseNotFound, IReadOnlyList<PartyComplianceReport>>(await Parties.ForStaffAsync(_kit.Consumer.Principal, n));

        var trail = ResultAssert.Ok(await _kit.Get<AuditTrailService>().ForCaseAsync(AdrDesk.Domain.Schemes.CaseNumber.Parse(n).Value, _kit.Desk.Principal));
        var entries = trail.Where(e => e.Action == PartyCompliance.Action).ToList();
        Assert.Equal(["Sanne de Vries", "Fietsenwinkel BV", "Collega Fietsenwinkel"], entries.Select(e => e.ActorName));
        Assert.Equal(["NotComplied", "Complied", "Complied"], entries.Select(e => e.After));

        // The parties see every report too; after the desk confirms compliance the form closes.
        Assert.Equal(3, ResultAssert.Ok(await Parties.ViewAsync(_kit.Shop.Principal, n)).Reports.Count);
        ResultAssert.Ok(await Compliance.ConfirmComplianceAsync(_kit.Desk.Principal, n));
        Assert.False(ResultAssert.Ok(await Parties.ViewAsync(_kit.Consumer.Principal, n)).CanReport);
        ResultAssert.Fails<ComplianceReportNotOpen>(await Parties.ReportAsync(_kit.Consumer.Principal, n, true, null));
    }

    [Theory, Trait("Rule", "D18")]
    [InlineData(AdrDesk.Domain.Common.Language.Nl, "Collega Fietsenwinkel namens Fietsenwinkel BV")]
    [InlineData(AdrDesk.Domain.Common.Language.En, "Collega Fietsenwinkel on behalf of Fietsenwinkel BV")]
    [InlineData(AdrDesk.Domain.Common.Language.De, "Collega Fietsenwinkel im Namen von Fietsenwinkel BV")]
    public async Task D18_A_report_by_a_colleague_of_the_organisation_says_for_whom_as_the_timeline_does(AdrDesk.Domain.Common.Language language, string expected)
    {
        var n = await RulingSentAsync();
        ResultAssert.Ok(await Parties.ReportAsync(_kit.Shop.Principal, n, complied: true, null));
        var colleague = await _kit.PersonAsync("Collega Fietsenwinkel", AdrDesk.Security.Roles.Business, _kit.Webshop.Id);
        ResultAssert.Ok(await Parties.ReportAsync(colleague.Principal, n, complied: true, "Tweede termijn betaald."));

        var reports = ResultAssert.Ok(await Parties.ForStaffAsync(_kit.Desk.Principal, n));

        Assert.Equal((null, "Fietsenwinkel BV"), (reports[0].OnBehalfOf, reports[0].Who(language))); // the party's own account
        Assert.Equal(("Fietsenwinkel BV", expected), (reports[1].OnBehalfOf, reports[1].Who(language)));
        // The parties' own view reads the same.
        Assert.Equal(expected, ResultAssert.Ok(await Parties.ViewAsync(_kit.Consumer.Principal, n)).Reports[1].Who(language));
    }

    [Fact, Trait("Rule", "D18")]
    public async Task D18_Removal_from_the_register_sends_the_certification_mark_a_letter_with_the_webshop_the_case_and_the_date()
    {
        var n = await RulingSentAsync();
        _kit.Clock.Advance(TimeSpan.FromDays(16));
        ResultAssert.Ok(await Compliance.SendReminderAsync(_kit.Desk.Principal, n));
        _kit.Clock.Advance(TimeSpan.FromDays(15));
        ResultAssert.Ok(await Compliance.DeclareNonComplianceAsync(_kit.Desk.Principal, n));
        var removedOn = AmsterdamCalendar.DateOf(_kit.Clock.GetUtcNow());

        await using var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var stored = await db.Set<StoredDocument>().SingleAsync(d => d.CaseNumber == n && d.Kind == DocumentKind.CertificationMarkNotice);
        Assert.Equal("application/pdf", stored.ContentType);
        // Into the one print queue (the register keeps no address of the mark holder) ...
        var letter = await db.Set<PrintQueueEntry>().SingleAsync(p => p.CaseNumber == n && p.DocumentId == stored.Id);
        Assert.Equal("Thuiswinkel Waarborg", letter.RecipientName);
        // D21: no address of the mark holder is known: the desk is asked for it before the letter is queued.
        var printQueue = _kit.Get<AdrDesk.Features.Cases.IPrintQueue>();
        Assert.Contains(ResultAssert.Ok(await printQueue.AddressNeededAsync(_kit.Desk.Principal)), p => p.Id == letter.Id);
        Assert.True((await printQueue.SetAddressAsync(_kit.Desk.Principal, letter.Id, "Postbus 1, 1000 AA Amsterdam")).IsSuccess);
        Assert.Contains(ResultAssert.Ok(await _kit.Get<CaseFileService>().PrintQueueAsync(_kit.Desk.Principal)), p => p.Id == letter.Id);
        // ... and attached to the desk's mail for the mark.
        var mail = await db.Set<OutboxMessage>().Include(m => m.Attachments).SingleAsync(m => m.CaseNumber == n && m.ToName == "Thuiswinkel Waarborg");
        Assert.Equal("application/pdf", Assert.Single(mail.Attachments).ContentType);

        await using var opened = ResultAssert.Ok(await _kit.Get<IDocumentStore>().OpenAsync(stored.Id));
        using var buffer = new MemoryStream();
        await opened.Content.CopyToAsync(buffer);
        var text = Whitespace().Replace(await Poppler.TextAsync(buffer.ToArray()), " ");
        Assert.Contains("Fietsenwinkel BV", text);
        Assert.Contains("12345678", text);
        Assert.Contains(n, text);
        Assert.Contains("Thuiswinkel Waarborg", text);
        Assert.Contains($"Verwijderd uit het register op {DisplayFormat.LongDate(removedOn, Language.Nl)}", text);
    }

    [Theory, Trait("Rule", "D18")]
    [InlineData(DocumentLanguage.Nl, "verwijderd uit het register van aangesloten webshops")]
    [InlineData(DocumentLanguage.En, "removed from the register of affiliated webshops")]
    [InlineData(DocumentLanguage.De, "aus dem Register der angeschlossenen Webshops entfernt")]
    public async Task D18_The_certification_mark_letter_is_written_in_Dutch_English_and_German(DocumentLanguage language, string title)
    {
        var html = ResultAssert.Ok(await _kit.Get<DocumentRenderer>().RenderHtmlAsync<CertificationMarkNotice, CertificationMarkNoticeModel>(new()
        {
            Language = language, Date = new DateOnly(2026, 4, 2), CaseNumber = "DD-2026-000123",
            Addressee = new DocumentParty("Thuiswinkel Waarborg", new PostalAddress("", "", "", "")),
            SignedBy = "Eva Jansen", SignerRole = SignerRole.Secretary, CertificationMark = "Thuiswinkel Waarborg",
            WebshopName = "Fietsenwinkel BV", KvkNumber = "12345678", RulingDate = new DateOnly(2026, 3, 2),
            ReminderDeadline = new DateOnly(2026, 4, 1), RemovedOn = new DateOnly(2026, 4, 2),
        }));
        Assert.Contains($"Fietsenwinkel BV {title}", html.Title);
        Assert.Contains("DD-2026-000123", html.Html);
        Assert.Contains(DisplayFormat.LongDate(new DateOnly(2026, 4, 2), language.ToLanguage()), html.Html);
    }

    [Fact]
    public async Task The_print_queue_is_for_desk_staff_and_a_posted_letter_leaves_it()
    {
        var letters = _kit.Get<CaseFileService>();
        Assert.True((await letters.PrintQueueAsync(_kit.Consumer.Principal)).IsFailure);
        var id = Guid.NewGuid();
        await using (var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
        {
            db.Add(new PrintQueueEntry { Id = id, CaseNumber = "DD-2026-000001", DocumentId = Guid.NewGuid(), Subject = "Brief", RecipientName = "Keurmerk", Address = "Postbus 1, 1000 AA Amsterdam", CreatedAt = _kit.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }
        Assert.Contains(ResultAssert.Ok(await letters.PrintQueueAsync(_kit.Desk.Principal)), p => p.Id == id);
        ResultAssert.Ok(await letters.MarkPrintedAsync(_kit.Desk.Principal, id));
        Assert.DoesNotContain(ResultAssert.Ok(await letters.PrintQueueAsync(_kit.Desk.Principal)), p => p.Id == id);
    }

    [Fact]
    public async Task The_grid_counts_once_per_filter_and_pages_through_the_same_order_without_gaps_or_repeats()
    {
        for (var i = 0; i < 7; i++)
        {
            var c = await _kit.FiledCaseAsync(claim: 100m + i);
            ResultAssert.Ok(await Desk.StartScreeningAsync(_kit.Desk.Principal, c.Number.ToString()));
            ResultAssert.Ok(await Desk.AssignPanelAsync(_kit.Desk.Principal, c.Number.ToString(), [_kit.A1.Id], _kit.A1.Id));
        }
        var grid = _kit.Get<WorkbenchGrid>();
        foreach (var query in new[] { new WorkbenchQuery(), new WorkbenchQuery { Sort = WorkbenchSort.Amount, Descending = true }, new WorkbenchQuery { Sort = WorkbenchSort.Number } })
        {
            var count = ResultAssert.Ok(await grid.CountAsync(_kit.A1.Principal, query));
            Assert.Equal(7, count);
            var all = ResultAssert.Ok(await grid.RowsAsync(_kit.A1.Principal, query, 0, 25));
            var paged = new List<WorkbenchRow>();
            for (var skip = 0; skip < count; skip += 3) paged.AddRange(ResultAssert.Ok(await grid.RowsAsync(_kit.A1.Principal, query, skip, 3)));
            Assert.Equal(all.Select(r => r.Number), paged.Select(r => r.Number));
            Assert.Equal(count, ResultAssert.Ok(await grid.PageAsync(_kit.A1.Principal, query, 0, 25)).Count);
            if (query.Sort == WorkbenchSort.Amount) Assert.Equal(all.Select(r => r.Amount).OrderDescending(), all.Select(r => r.Amount));
        }
        Assert.Equal(0, ResultAssert.Ok(await grid.CountAsync(_kit.A2.Principal, new WorkbenchQuery())));
        ResultAssert.Fails<WorkbenchNotAllowed, int>(await grid.CountAsync(_kit.Consumer.Principal, new WorkbenchQuery()));
        ResultAssert.Fails<WorkbenchNotAllowed, IReadOnlyList<WorkbenchRow>>(await grid.RowsAsync(_kit.Consumer.Principal, new WorkbenchQuery(), 0, 25));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
