using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Register;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Statistics;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Tests.Workbench;

/// <summary>Issue 7: the desk's and the assessors' services on real SQLite, through CaseStore and the domain.</summary>
public sealed class WorkbenchServiceTests : IAsyncLifetime
{
    private WorkbenchKit _kit = default!;
    public async Task InitializeAsync() => _kit = await WorkbenchKit.StartAsync();
    public async Task DisposeAsync() => await _kit.DisposeAsync();

    private DeskService Desk => _kit.Get<DeskService>();
    private CaseWorkService Work => _kit.Get<CaseWorkService>();
    private RulingDraftService Drafts => _kit.Get<RulingDraftService>();
    private ComplianceService Compliance => _kit.Get<ComplianceService>();

    /// <summary>Screen, assign, forward, response, failed settlement, one answered information request, dossier complete, preparation.</summary>
    private async Task<string> ToRulingInPreparationAsync(bool panelOfThree)
    {
        var c = await _kit.FiledCaseAsync();
        var n = c.Number.ToString();
        var desk = _kit.Desk.Principal;
        ResultAssert.Ok(await Desk.StartScreeningAsync(desk, n));
        ResultAssert.Ok(await Desk.AssignPanelAsync(desk, n, panelOfThree ? [_kit.A1.Id, _kit.A2.Id, _kit.A3.Id] : [_kit.A1.Id], _kit.A1.Id));
        ResultAssert.Ok(await Desk.RecordStaffDecisionAsync(desk, n, "D25j", StaffDecisionOutcome.Handle, "Geen bezwaar voor de werking van het loket."));
        ResultAssert.Ok(await Desk.ForwardAsync(desk, n));
        c = await _kit.LoadAsync(c);
        await _kit.StepAsync(c, x => x.RecordResponse(_kit.Shop.Actor, _kit.Clock, "Wij betwisten dat de fiets defect was."));
        ResultAssert.Ok(await Work.FailSettlementAsync(_kit.A1.Principal, n, "Partijen willen niet schikken."));
        ResultAssert.Ok(await Work.RequestInformationAsync(_kit.A1.Principal, n, c.Webshop.Id, "Stuur de pakbon.", 10));
        c = await _kit.LoadAsync(c);
        await _kit.StepAsync(c, x => x.AddSubmission(_kit.Shop.Actor, _kit.Clock, "Pakbon bijgevoegd.", null, x.InformationRequests[0].Id));
        ResultAssert.Ok(await Work.DeclareDossierCompleteAsync(_kit.A1.Principal, n));
        ResultAssert.Ok(await Work.StartRulingPreparationAsync(_kit.A1.Principal, n));
        return n;
    }

    private RulingText Draft() => new(
        "De consument kocht op 1 februari 2026 een fiets.", "De fiets was bij levering kapot.", "De fiets was heel bij verzending.",
        "De webshop draagt het risico tot de aflevering.\nDe consument heeft het gebrek tijdig gemeld.",
        "De webshop betaalt de koopprijs terug.", 480m, AmsterdamCalendar.DateOf(_kit.Clock.GetUtcNow()).AddDays(14), PartyRole.Business,
        "Betaling op de rekening van de consument.");

    [Fact, Trait("Rule", "D10")]
    public async Task D10_The_desk_seats_three_assessors_and_only_they_see_and_open_the_case()
    {
        var n = await ToRulingInPreparationAsync(panelOfThree: true);
        var grid = _kit.Get<WorkbenchGrid>();
        foreach (var assessor in new[] { _kit.A1, _kit.A2, _kit.A3 })
        {
            var page = ResultAssert.Ok(await grid.PageAsync(assessor.Principal, new WorkbenchQuery(), 0, 50));
            Assert.Contains(page.Rows, r => r.Number == n);
        }
        var outsider = ResultAssert.Ok(await grid.PageAsync(_kit.Outsider.Principal, new WorkbenchQuery(), 0, 50));
        Assert.Empty(outsider.Rows);
        ResultAssert.Fails<CaseNotFound, DossierView>(await Work.DossierAsync(_kit.Outsider.Principal, n));
        ResultAssert.Fails<CaseNotFound, DraftView>(await Drafts.GetAsync(_kit.Outsider.Principal, n));
        ResultAssert.Fails<CaseNotFound, DossierView>(await Work.DossierAsync(_kit.Consumer.Principal, n));
        // The desk queue is the desk's: an assessor is refused.
        ResultAssert.Fails<DeskStaffOnly, IReadOnlyList<DeskQueueRow>>(await Desk.QueueRowsAsync(_kit.A1.Principal, new DeskQueueQuery(DeskQueueKind.Screen), 0, 15));
        ResultAssert.Fails<DeskStaffOnly, DeskQueueCounts>(await Desk.QueueCountsAsync(_kit.A1.Principal));
    }

    [Fact, Trait("Rule", "D26")]
    public async Task D26_Refusal_with_a_written_reason_per_ground_stores_the_letter_and_mails_the_filer_within_the_term()
    {
        var c = await _kit.FiledCaseAsync();
        var n = c.Number.ToString();
        ResultAssert.Ok(await Desk.StartScreeningAsync(_kit.Desk.Principal, n));
        var queue = ResultAssert.Ok(await Desk.QueueRowsAsync(_kit.Desk.Principal, new DeskQueueQuery(DeskQueueKind.Screen, n), 0, 15));
        Assert.Contains(queue, r => r.Number == n && r.NextDeadlineKind == "Refusal");
        var screening = ResultAssert.Ok(await Desk.ScreeningAsync(_kit.Desk.Principal, n));
        Assert.DoesNotContain(screening.Report.Assessment.Grounds, g => g.Ground.Handling == GroundHandling.Automatic);
        Assert.Contains(screening.Assessors, a => a.Id == _kit.A1.Id && a.OpenCases == 0);

        var missing = await Desk.RefuseAsync(_kit.Desk.Principal, n, [new RefusalInput("D25b", " ")]);
        ResultAssert.Fails<WrittenReasonRequired, Features.Documents.Store.DocumentLink>(missing);

        var letter = ResultAssert.Ok(await Desk.RefuseAsync(_kit.Desk.Principal, n, [new RefusalInput("D25b", "Het gebrek is een kras van 2 mm.")]));
        await using var db0 = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        Assert.Equal("RefusalLetter", (await db0.Set<Features.Documents.Store.StoredDocument>().SingleAsync(d => d.Id == letter.Id)).Kind.ToString());
        Assert.True(letter.IsPdf); // issue 19 item 6: Chromium works here, so the page may say "PDF"
        c = await _kit.LoadAsync(c);
        Assert.Equal(BindingRulingState.Refused, c.State);
        Assert.Equal(DeadlineStatus.Met, c.Deadlines.Single(d => d.Kind == DeadlineKind.Refusal).Status); // Directive art. 5(4)
        await using var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var mail = await db.Set<OutboxMessage>().Include(m => m.Attachments).SingleAsync(m => m.CaseNumber == n);
        Assert.Equal(_kit.Consumer.Email, mail.ToAddress);
        Assert.Single(mail.Attachments);
    }

    [Fact, Trait("Rule", "D15")]
    public async Task D15_Dossier_complete_tells_both_parties_and_the_ruling_term_is_extended_once_only()
    {
        var n = await ToRulingInPreparationAsync(panelOfThree: false);
        var c = (await _kit.Store.LoadAsync<BindingRulingCase>(CaseNumberOf(n))).Value;
        var due = AmsterdamCalendar.DateOf(c.OpenDeadline(DeadlineKind.Ruling)!.DueAt);
        Assert.Equal(AmsterdamCalendar.DateOf(_kit.Clock.GetUtcNow()).AddDays(90), due);
        var documents = await _kit.Get<IDocumentStore>().ListAsync(n);
        Assert.Equal(2, documents.Count(d => d.Kind.ToString() == "DossierCompleteNotice"));

        ResultAssert.Ok(await Work.ExtendRulingTermAsync(_kit.A1.Principal, n, due.AddDays(30), "Deskundige geraadpleegd."));
        ResultAssert.Fails<RulingTermAlreadyExtended>(await Work.ExtendRulingTermAsync(_kit.A1.Principal, n, due.AddDays(60), "Nog eens."));
        documents = await _kit.Get<IDocumentStore>().ListAsync(n);
        Assert.Equal(2, documents.Count(d => d.Kind.ToString() == "ExtensionNotice"));
    }

    [Fact, Trait("Rule", "D14")]
    public async Task D14_The_settlement_attempt_and_its_result_are_recorded_before_information_gathering()
    {
        var n = await ToRulingInPreparationAsync(panelOfThree: false);
        var view = ResultAssert.Ok(await Work.DossierAsync(_kit.A1.Principal, n));
        Assert.Equal("Partijen willen niet schikken.", view.Worked.Case.SettlementAttempt!.Result);
        Assert.NotNull(view.Worked.Case.InformationRequests.Single().AnsweredAt); // D13: who answered, when
    }

    [Fact, Trait("Rule", "D16")]
    public async Task D16_A_ruling_part_over_the_limit_is_refused_by_name_and_the_saved_draft_stays()
    {
        var n = await ToRulingInPreparationAsync(panelOfThree: false);
        var rev = ResultAssert.Ok(await Drafts.SaveAsync(_kit.A1.Principal, n, Draft(), -1));
        // Issue 19 item 5: "€" is 3 bytes in UTF-8; the limit counts characters and fits the circuit either way.
        var tooLong = Draft() with { Considerations = new string('€', RulingText.MaxPartLength + 1) };
        ResultAssert.Fails<RulingPartTooLong, int>(await Drafts.SaveAsync(_kit.A1.Principal, n, tooLong, rev));
        var atLimit = Draft() with { Considerations = new string('€', RulingText.MaxPartLength) };
        Assert.Equal(rev + 1, ResultAssert.Ok(await Drafts.SaveAsync(_kit.A1.Principal, n, atLimit, rev)));
    }

    [Fact, Trait("Rule", "D10"), Trait("Rule", "D16"), Trait("Rule", "D19")]
    public async Task D10_D16_D19_A_panel_ruling_is_issued_by_the_rapporteur_after_all_three_approved_and_sent_to_both_parties()
    {
        var n = await ToRulingInPreparationAsync(panelOfThree: true);
        var rev = ResultAssert.Ok(await Drafts.SaveAsync(_kit.A1.Principal, n, Draft(), -1));
        // A reviewer writes nothing and cannot issue.
        ResultAssert.Fails<OnlyRapporteurDrafts, int>(await Drafts.SaveAsync(_kit.A2.Principal, n, Draft() with { Facts = "x" }, rev));
        ResultAssert.Fails<OnlyRapporteurIssues, Features.Documents.IssuedDocument>(await Drafts.IssueAsync(_kit.A2.Principal, n));
        ResultAssert.Fails<PanelApprovalMissing, Features.Documents.IssuedDocument>(await Drafts.IssueAsync(_kit.A1.Principal, n));

        ResultAssert.Ok(await Drafts.CommentAsync(_kit.A2.Principal, n, "Overweging 2 aanscherpen."));
        foreach (var member in new[] { _kit.A1, _kit.A2, _kit.A3 }) ResultAssert.Ok(await Drafts.ApproveAsync(member.Principal, n, rev));
        // A change after the approvals asks for them again.
        var rev2 = ResultAssert.Ok(await Drafts.SaveAsync(_kit.A1.Principal, n, Draft() with { Considerations = Draft().Considerations + "\nDe klacht is gegrond." }, rev));
        ResultAssert.Fails<PanelApprovalMissing, Features.Documents.IssuedDocument>(await Drafts.IssueAsync(_kit.A1.Principal, n));
        foreach (var member in new[] { _kit.A1, _kit.A2, _kit.A3 }) ResultAssert.Ok(await Drafts.ApproveAsync(member.Principal, n, rev2));

        var issued = ResultAssert.Ok(await Drafts.IssueAsync(_kit.A1.Principal, n));
        Assert.Equal("application/pdf", issued.Stored.ContentType);
        var c = (await _kit.Store.LoadAsync<BindingRulingCase>(CaseNumberOf(n))).Value;
        Assert.Equal(BindingRulingState.CompliancePeriod, c.State);
        Assert.Equal("De klacht is gegrond.", c.Ruling!.Reasons.Split('\n')[^1]);
        var court = c.Deadlines.Single(d => d.Kind == DeadlineKind.Court); // D19
        Assert.Equal(AmsterdamCalendar.DateOf(_kit.Clock.GetUtcNow()).AddMonths(2), AmsterdamCalendar.DateOf(court.DueAt));

        await using var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var mails = await db.Set<OutboxMessage>().Include(m => m.Attachments).Where(m => m.CaseNumber == n && m.Subject.Contains("uitspraak")).ToListAsync();
        Assert.Equal(new[] { _kit.Consumer.Email, _kit.Shop.Email }.Order(), mails.Select(m => m.ToAddress).Order());
        Assert.All(mails, m => Assert.Contains("De klacht is gegrond.", m.TextBody)); // D16: the reasons
        Assert.All(mails, m => Assert.Equal("application/pdf", Assert.Single(m.Attachments).ContentType));

        // Issued: read-only.
        ResultAssert.Fails<RulingAlreadyIssued, int>(await Drafts.SaveAsync(_kit.A1.Principal, n, Draft(), rev2));
        var view = ResultAssert.Ok(await Drafts.GetAsync(_kit.A1.Principal, n));
        Assert.True(view.IsIssued);
        Assert.False(view.CanEdit);
        Assert.Equal(issued.Stored.Id, view.Draft!.DocumentId);
        Assert.True(await _kit.Get<IDocumentAccessPolicy>().CanReadAsync(_kit.Consumer.Principal, n));
        Assert.True(await _kit.Get<IDocumentAccessPolicy>().CanReadAsync(_kit.Shop.Principal, n));
        Assert.False(await _kit.Get<IDocumentAccessPolicy>().CanReadAsync(_kit.Outsider.Principal, n));
    }

    [Fact, Trait("Rule", "D17")]
    public async Task D17_An_incomplete_draft_cannot_be_issued_and_an_autosave_from_a_stale_revision_overwrites_nothing()
    {
        var n = await ToRulingInPreparationAsync(panelOfThree: false);
        var rev = ResultAssert.Ok(await Drafts.SaveAsync(_kit.A1.Principal, n, Draft() with { ComplianceManner = "" }, -1));
        ResultAssert.Fails<RulingDraftIncomplete, Features.Documents.IssuedDocument>(await Drafts.IssueAsync(_kit.A1.Principal, n));
        var rev2 = ResultAssert.Ok(await Drafts.SaveAsync(_kit.A1.Principal, n, Draft(), rev));
        Assert.Equal(rev + 1, rev2);
        ResultAssert.Fails<RulingDraftChangedElsewhere, int>(await Drafts.SaveAsync(_kit.A1.Principal, n, Draft() with { Facts = "oud tabblad" }, rev));
        Assert.Equal(Draft().Facts, ResultAssert.Ok(await Drafts.GetAsync(_kit.A1.Principal, n)).Text.Facts);
        var html = ResultAssert.Ok(await Drafts.PreviewAsync(_kit.A1.Principal, n, Draft()));
        Assert.Contains(Draft().Facts, html);
        Assert.Contains("7:902", html); // D27 block from the template
    }

    [Fact, Trait("Rule", "D23")]
    public async Task D23_An_unpaid_deposit_blocks_the_issue_until_the_desk_records_the_payment()
    {
        var n = await ToRulingInPreparationAsync(panelOfThree: false);
        ResultAssert.Ok(await Desk.RequireDepositAsync(_kit.Desk.Principal, n, 150m, PartyRole.Business, AmsterdamCalendar.DateOf(_kit.Clock.GetUtcNow()).AddDays(7)));
        ResultAssert.Fails<DeskStaffOnly>(await Desk.RecordDepositPaidAsync(_kit.A1.Principal, n));
        ResultAssert.Ok(await Drafts.SaveAsync(_kit.A1.Principal, n, Draft(), -1));
        ResultAssert.Fails<DepositUnpaid, Features.Documents.IssuedDocument>(await Drafts.IssueAsync(_kit.A1.Principal, n));
        ResultAssert.Ok(await Desk.RecordDepositPaidAsync(_kit.Desk.Principal, n));
        ResultAssert.Ok(await Drafts.IssueAsync(_kit.A1.Principal, n));
    }

    [Fact, Trait("Rule", "D11")]
    public async Task D11_An_upheld_challenge_replaces_the_assessor_who_then_loses_access()
    {
        var n = await ToRulingInPreparationAsync(panelOfThree: true);
        var c = (await _kit.Store.LoadAsync<BindingRulingCase>(CaseNumberOf(n))).Value;
        await _kit.StepAsync(c, x => x.FileChallenge(_kit.Consumer.Actor, _kit.Clock, _kit.A2.Id, "De beoordelaar kent de directeur."));
        var queue = ResultAssert.Ok(await Desk.QueueRowsAsync(_kit.Desk.Principal, new DeskQueueQuery(DeskQueueKind.Challenges), 0, 15));
        Assert.Contains(queue, r => r.Number == n && r.ChallengePending);
        Assert.Equal(1, ResultAssert.Ok(await Desk.QueueCountsAsync(_kit.Desk.Principal)).Challenges);
        ResultAssert.Ok(await Desk.DecideChallengeAsync(_kit.Desk.Principal, n, c.Challenges[0].Id, upheld: true, "Schijn van partijdigheid.", _kit.Outsider.Id));
        ResultAssert.Fails<CaseNotFound, DossierView>(await Work.DossierAsync(_kit.A2.Principal, n));
        ResultAssert.Ok(await Work.DossierAsync(_kit.Outsider.Principal, n));
    }

    [Fact, Trait("Rule", "D18")]
    public async Task D18_One_reminder_then_non_compliance_removes_the_webshop_from_the_register_and_informs_its_mark()
    {
        var n = await ToRulingInPreparationAsync(panelOfThree: false);
        ResultAssert.Ok(await Drafts.SaveAsync(_kit.A1.Principal, n, Draft(), -1));
        ResultAssert.Ok(await Drafts.IssueAsync(_kit.A1.Principal, n));
        ResultAssert.Fails<ComplianceTermNotExpired, Features.Documents.IssuedDocument>(await Compliance.SendReminderAsync(_kit.Desk.Principal, n));
        _kit.Clock.Advance(TimeSpan.FromDays(16));
        ResultAssert.Ok(await Compliance.RecordReportAsync(_kit.Desk.Principal, n, (await _kit.Store.LoadAsync<BindingRulingCase>(CaseNumberOf(n))).Value.Consumer.Id, "Nog niets ontvangen."));
        var reminder = ResultAssert.Ok(await Compliance.SendReminderAsync(_kit.Desk.Principal, n));
        Assert.Equal("FormalReminder", reminder.Stored.Kind.ToString());
        Assert.NotNull((await Compliance.SendReminderAsync(_kit.Desk.Principal, n)).Error); // once only
        _kit.Clock.Advance(TimeSpan.FromDays(15));
        ResultAssert.Ok(await Compliance.DeclareNonComplianceAsync(_kit.Desk.Principal, n));

        await using var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var webshop = await db.Organisations.SingleAsync(o => o.Id == _kit.Webshop.Id);
        Assert.Equal(OrganisationStatus.RemovedFromRegister, webshop.Status);
        Assert.Equal(AmsterdamCalendar.DateOf(_kit.Clock.GetUtcNow()), webshop.StatusSince);
        Assert.False(webshop.IsSubscribedAt(_kit.Clock.GetUtcNow().AddDays(1)));
        Assert.True(await db.RegisterChanges.AnyAsync(r => r.OrganisationId == webshop.Id && r.What == RegisterChangeKind.StatusChanged));
        Assert.True(await db.Set<OutboxMessage>().AnyAsync(m => m.CaseNumber == n && m.ToName == "Thuiswinkel Waarborg"));
        var c = (await _kit.Store.LoadAsync<BindingRulingCase>(CaseNumberOf(n))).Value;
        Assert.Equal(BindingRulingState.NonCompliance, c.State);
    }

    [Fact, Trait("Rule", "D22")]
    public async Task D22_Statistics_report_outcomes_refusals_per_ground_and_durations_for_the_year()
    {
        var refused = await _kit.FiledCaseAsync();
        ResultAssert.Ok(await Desk.StartScreeningAsync(_kit.Desk.Principal, refused.Number.ToString()));
        _kit.Clock.Advance(TimeSpan.FromDays(7));
        ResultAssert.Ok(await Desk.RefuseAsync(_kit.Desk.Principal, refused.Number.ToString(), [new RefusalInput("D25c", "Al bij de rechter geweest.")]));
        await ToRulingInPreparationAsync(panelOfThree: false);

        var stats = _kit.Get<StatisticsService>();
        ResultAssert.Fails<DeskStaffOnly, YearStatistics>(await stats.ForYearAsync(_kit.A1.Principal, 2026));
        var year = ResultAssert.Ok(await stats.ForYearAsync(_kit.Desk.Principal, 2026));
        Assert.Equal(2, year.BindingRulingReceived);
        Assert.Equal(1, year.RefusedByGround.Single(g => g.Key == "D25c").Value);
        Assert.Equal(1, year.Outcomes.Single(o => o.Key == "Refused").Value);
        Assert.Equal(1, year.Outcomes.Single(o => o.Key == "Open").Value);
        Assert.Equal(7, year.AverageDays);
        Assert.Contains("refused_by_ground;D25c;1", StatisticsService.ToCsv(year));
    }

    private static AdrDesk.Domain.Schemes.CaseNumber CaseNumberOf(string n) => AdrDesk.Domain.Schemes.CaseNumber.Parse(n).Value;
}
