using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.AnnualReport;
using AdrDesk.Features.Workbench;
using AdrDesk.Tests.Workbench;

namespace AdrDesk.Tests.AnnualReport;

/// <summary>
/// Issue 20 item 3: the annual activity report (ADR Directive art. 7(2)) against a generated year whose answers are
/// known: nine binding-ruling disputes filed on 2 March 2026 (eight online, one on paper), three refused (grounds
/// D25a twice, D25e, D25c), one withdrawn, one ended by agreement, one settled, two ruled (one complied with, one
/// not), one still open; they end after 7, 7, 14, 21, 21, 28, 43 and 43 days: 184 / 8 = 23 days on average. One more
/// dispute filed in 2027 must not count in 2026. Every figure is checked on the report, in the CSV and in the PDF's text.
/// </summary>
public sealed class AnnualReportTests : IAsyncLifetime
{
    private WorkbenchKit _kit = default!;
    public async Task InitializeAsync() => _kit = await WorkbenchKit.StartAsync();
    public async Task DisposeAsync() => await _kit.DisposeAsync();

    private DeskService Desk => _kit.Get<DeskService>();
    private CaseWorkService Work => _kit.Get<CaseWorkService>();
    private RulingDraftService Drafts => _kit.Get<RulingDraftService>();
    private ComplianceService Compliance => _kit.Get<ComplianceService>();

    private async Task<string> ToRulingInPreparationAsync()
    {
        var c = await _kit.FiledCaseAsync();
        var n = c.Number.ToString();
        var desk = _kit.Desk.Principal;
        ResultAssert.Ok(await Desk.StartScreeningAsync(desk, n));
        ResultAssert.Ok(await Desk.AssignPanelAsync(desk, n, [_kit.A1.Id], _kit.A1.Id));
        ResultAssert.Ok(await Desk.RecordStaffDecisionAsync(desk, n, "D25j", StaffDecisionOutcome.Handle, "Geen bezwaar voor de werking van het loket."));
        ResultAssert.Ok(await Desk.ForwardAsync(desk, n));
        c = await _kit.LoadAsync(c);
        await _kit.StepAsync(c, x => x.RecordResponse(_kit.Shop.Actor, _kit.Clock, "Wij betwisten de klacht."));
        ResultAssert.Ok(await Work.FailSettlementAsync(_kit.A1.Principal, n, "Partijen willen niet schikken."));
        ResultAssert.Ok(await Work.DeclareDossierCompleteAsync(_kit.A1.Principal, n));
        ResultAssert.Ok(await Work.StartRulingPreparationAsync(_kit.A1.Principal, n));
        return n;
    }

    private RulingText Draft() => new(
        "De consument kocht een fiets.", "De fiets was kapot.", "De fiets was heel.", "De webshop draagt het risico.",
        "De webshop betaalt de koopprijs terug.", 480m, AmsterdamCalendar.DateOf(_kit.Clock.GetUtcNow()).AddDays(14), PartyRole.Business,
        "Betaling op de rekening van de consument.");

    private async Task<BindingRulingCase> PaperCaseAsync()
    {
        var consumer = Party.Consumer(_kit.Consumer.Name, _kit.Consumer.Id).Value;
        var webshop = Party.Business(_kit.Shop.Name, _kit.Shop.Id, _kit.Webshop.Id).Value;
        var created = await _kit.Store.CreateAsync(Scheme.BindingRuling,
            n => BindingRulingCase.Draft(n, consumer, webshop, PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Paper, _kit.Desk.Actor, _kit.Clock),
            amountClaimed: Money.Euros(300m));
        Assert.True(created.IsSuccess, created.Error?.Code);
        await _kit.StepAsync(created.Value, c => c.Submit(_kit.Desk.Actor, _kit.Clock, acceptsBindingRuling: true));
        return created.Value;
    }

    private async Task GenerateYearAsync()
    {
        var desk = _kit.Desk;
        var r1 = await _kit.FiledCaseAsync();
        var r2 = await _kit.FiledCaseAsync();
        var r3 = await _kit.FiledCaseAsync();
        var withdrawn = await _kit.FiledCaseAsync();
        var agreed = await _kit.FiledCaseAsync();
        var settled = await _kit.FiledCaseAsync();
        await PaperCaseAsync(); // stays open
        var ruled1 = await ToRulingInPreparationAsync();
        var ruled2 = await ToRulingInPreparationAsync();
        foreach (var c in new[] { r1, r2, r3 }) ResultAssert.Ok(await Desk.StartScreeningAsync(desk.Principal, c.Number.ToString()));

        _kit.Clock.Advance(TimeSpan.FromDays(7));
        ResultAssert.Ok(await Desk.RefuseAsync(desk.Principal, r1.Number.ToString(),
            [new RefusalInput("D25a", "Niet eerst geklaagd."), new RefusalInput("D25e", "Klacht van ruim een jaar geleden.")]));
        ResultAssert.Ok(await Desk.RefuseAsync(desk.Principal, r2.Number.ToString(), [new RefusalInput("D25a", "Niet eerst geklaagd.")]));
        _kit.Clock.Advance(TimeSpan.FromDays(7));
        ResultAssert.Ok(await Desk.RefuseAsync(desk.Principal, r3.Number.ToString(), [new RefusalInput("D25c", "Al bij de rechter geweest.")]));
        _kit.Clock.Advance(TimeSpan.FromDays(7));
        await _kit.StepAsync(await _kit.LoadAsync(withdrawn), x => x.Withdraw(_kit.Consumer.Actor, _kit.Clock, "Toch naar de rechter."));
        await _kit.StepAsync(await _kit.LoadAsync(agreed), x => x.EndByAgreement(desk.Actor, _kit.Clock, "Partijen stoppen samen."));
        _kit.Clock.Advance(TimeSpan.FromDays(7));
        await _kit.StepAsync(await _kit.LoadAsync(settled), x => x.Settle(desk.Actor, _kit.Clock, "De webshop ruilt de fiets om."));
        _kit.Clock.Advance(TimeSpan.FromDays(15));
        foreach (var n in new[] { ruled1, ruled2 })
        {
            ResultAssert.Ok(await Drafts.SaveAsync(_kit.A1.Principal, n, Draft(), -1));
            ResultAssert.Ok(await Drafts.IssueAsync(_kit.A1.Principal, n));
        }
        ResultAssert.Ok(await Compliance.ConfirmComplianceAsync(desk.Principal, ruled1));
        _kit.Clock.Advance(TimeSpan.FromDays(16));
        var ruled2Case = (await _kit.Store.LoadAsync<BindingRulingCase>(CaseNumber.Parse(ruled2).Value)).Value;
        ResultAssert.Ok(await Compliance.RecordReportAsync(desk.Principal, ruled2, ruled2Case.Consumer.Id, "Nog niets ontvangen."));
        ResultAssert.Ok(await Compliance.SendReminderAsync(desk.Principal, ruled2));
        _kit.Clock.Advance(TimeSpan.FromDays(15));
        ResultAssert.Ok(await Compliance.DeclareNonComplianceAsync(desk.Principal, ruled2));

        // Next year's dispute: counts in 2027 only.
        _kit.Clock.Advance(new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero) - _kit.Clock.GetUtcNow());
        await _kit.FiledCaseAsync();
    }

    [Fact, Trait("Rule", "D22"), Trait("Rule", "D25")]
    public async Task Every_figure_of_the_report_its_CSV_and_its_PDF_matches_the_generated_year()
    {
        await GenerateYearAsync();
        var report = await _kit.Get<AnnualReportService>().ForYearAsync(2026);

        Assert.Equal(9, report.Received);
        Assert.Equal(9, Of(report.ReceivedByScheme, nameof(Scheme.BindingRuling)));
        Assert.Equal(0, Of(report.ReceivedByScheme, nameof(Scheme.B2BMediation)));
        Assert.Equal(9, report.BindingRulingReceived);
        Assert.Equal(9, Of(report.BindingRulingByType, "FiledByConsumer"));
        Assert.Equal(0, Of(report.BindingRulingByType, "FiledByWebshop"));
        Assert.Equal(8, Of(report.BindingRulingByType, "Online"));
        Assert.Equal(1, Of(report.BindingRulingByType, "Paper"));
        Assert.Equal(3, report.Refused);
        Assert.Equal(3.0 / 9, report.RefusedShare!.Value, 6);
        Assert.Equal(10, report.RefusedByGround.Count);
        Assert.Equal(2, Of(report.RefusedByGround, "D25a"));
        Assert.Equal(1, Of(report.RefusedByGround, "D25c"));
        Assert.Equal(1, Of(report.RefusedByGround, "D25e"));
        Assert.Equal(4, report.RefusedByGround.Sum(g => g.Value));
        Assert.Equal(2, report.EndedEarly);
        Assert.Equal(1, Of(report.EndedEarlyByReason, "WithdrawnByConsumer"));
        Assert.Equal(1, Of(report.EndedEarlyByReason, "EndedByAgreement"));
        Assert.Equal(1, report.Settled);
        Assert.Equal(2, report.Ruled);
        Assert.Equal(1, report.Open);
        Assert.Equal(8, report.DurationCases);
        Assert.Equal(23.0, report.AverageDays);
        Assert.Equal(1, report.Complied);
        Assert.Equal(1, report.NotComplied);
        Assert.Equal(0.5, report.ComplianceRate);

        var next = await _kit.Get<AnnualReportService>().ForYearAsync(2027);
        Assert.Equal(1, next.Received);
        Assert.Equal(1, next.Open);
        Assert.Null(next.AverageDays);
        Assert.Null(next.ComplianceRate);

        var csv = AnnualReportCsv.Write(report).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(AnnualReportCsv.Header, csv[0]);
        Assert.All(csv, line => Assert.Equal(3, line.Count(ch => ch == ',')));
        foreach (var expected in new[]
                 {
                     "year,year,2026,", "received,all_schemes,9,", "received_by_scheme,BindingRuling,9,", "received_by_scheme,B2BMediation,0,",
                     "received,binding_ruling,9,", "received_by_type,FiledByConsumer,9,1", "received_by_type,Paper,1,0.1111",
                     "received_by_type,Online,8,0.8889", "refused,total,3,0.3333", "refused_by_ground,D25a,2,0.2222",
                     "refused_by_ground,D25c,1,0.1111", "refused_by_ground,D25e,1,0.1111", "refused_by_ground,D25j,0,0",
                     "ended_early,total,2,0.2222", "ended_early_by_reason,WithdrawnByConsumer,1,0.1111", "ended_early_by_reason,EndedByAgreement,1,0.1111",
                     "outcome,settled,1,0.1111", "outcome,ruled,2,0.2222", "outcome,open,1,0.1111", "duration_days,cases,8,",
                     "duration_days,average,23,", "duration_days,target_D22,56,", "compliance,complied,1,0.5", "compliance,not_complied,1,0.5",
                 })
        {
            Assert.Contains(expected, csv);
        }

        // The PDF, in Dutch, read back as text.
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl");
        try
        {
            var file = await _kit.Get<AnnualReportFiles>().PdfAsync(2026);
            Assert.Equal("application/pdf", file.ContentType);
            var text = PdfText(file.Content);
            string Pct(double share) => share.ToString("P1", CultureInfo.GetCultureInfo("nl"));
            Assert.Contains("Jaarverslag 2026", text);
            Assert.Matches(@"Geschillen ontvangen\s+Geweigerd", text);
            Assert.Contains("In totaal kwamen 9 geschillen binnen, waarvan 9 voor een bindend advies", text);
            Assert.Contains($"Geweigerd: 3 geschil(len), {Pct(3.0 / 9)} van de ontvangen", text);
            Assert.Matches(Row("Niet eerst geklaagd bij de webshop", 2, Pct(2.0 / 9)), text);
            Assert.Matches(Row("Al behandeld door een andere instantie of de rechter", 1, Pct(1.0 / 9)), text);
            Assert.Matches(Row("Meer dan 365 dagen na de klacht", 1, Pct(1.0 / 9)), text);
            Assert.Matches(Row("Geschil tussen bedrijven", 0, Pct(0)), text);
            Assert.Contains($"Geëindigd zonder uitspraak of schikking: 2 geschil(len), {Pct(2.0 / 9)} van", text);
            Assert.Matches(Row("Ingetrokken door de consument", 1, Pct(1.0 / 9)), text);
            Assert.Matches(Row("Samen beëindigd door partijen", 1, Pct(1.0 / 9)), text);
            Assert.Matches(Row("Geschikt", 1, Pct(1.0 / 9)), text);
            Assert.Matches(Row("Uitspraak gedaan", 2, Pct(2.0 / 9)), text);
            Assert.Matches(Row("Nog in behandeling", 1, Pct(1.0 / 9)), text);
            Assert.Matches(Row("Op papier ingediend", 1, Pct(1.0 / 9)), text);
            Assert.Contains("duurde gemiddeld 23 dagen", text);
            Assert.Contains("over 8 afgeronde geschillen", text);
            Assert.Contains($"Nagekomen: 1; niet nagekomen: 1; nalevingspercentage: {Pct(0.5)}", text);
            Assert.Contains("Samenwerking met andere instanties", text);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public async Task A_year_without_disputes_reports_zeros_and_no_averages_and_its_CSV_leaves_the_shares_empty()
    {
        var report = await _kit.Get<AnnualReportService>().ForYearAsync(2025);
        Assert.Equal(0, report.Received);
        Assert.All(report.ReceivedByScheme, s => Assert.Equal(0, s.Value));
        Assert.Null(report.RefusedShare);
        Assert.Null(report.AverageDays);
        var csv = AnnualReportCsv.Write(report);
        Assert.Contains("refused,total,0,\r\n", csv);
        Assert.Contains("duration_days,average,,\r\n", csv);
    }

    private static int Of(IReadOnlyList<ReportCount> counts, string key) => counts.Single(c => c.Key == key).Value;

    /// <summary>A table row in pdftotext -layout: the label, the count and the share on one line.</summary>
    private static string Row(string label, int count, string share) =>
        $@"{Regex.Escape(label)}\s+{count}\s+{Regex.Escape(share)}";

    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"annual-report-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
