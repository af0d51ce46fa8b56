using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AdrDesk.Tests.CaseFile.CaseFileWorld;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.CaseFile;

public sealed class CaseFileServiceTests(CaseFileWorld world) : IClassFixture<CaseFileWorld>
{
    private CaseFileService Service => world.CaseFile;

    [Fact, Trait("Rule", "D12"), Trait("Rule", "D13")]
    public async Task D12_D13_The_response_reaches_the_filer_and_the_assessor_at_once_with_a_mail_and_a_notification()
    {
        var number = await world.NewCaseAsync(S.ForwardedToRespondent);
        var bus = world.Services.GetRequiredService<ICaseEventBus>();
        var seen = new List<CaseEvent>();
        using var _ = bus.Subscribe(number, e => { lock (seen) seen.Add(e); return Task.CompletedTask; });

        var responded = await Service.RespondAsync(Webshop.Principal, number, "De fiets was heel bij levering.", [Pdf()]);

        Assert.True(responded.IsSuccess, responded.Error?.Code);
        Assert.Contains(seen, e => e.Kind == "RecordResponse");
        foreach (var viewer in new[] { Consumer, Assessor, CaseManager })
        {
            var view = (await Service.OpenAsync(viewer.Principal, number)).Value;
            var response = Assert.Single(view.Timeline, t => t.Kind == TimelineKind.Response);
            Assert.Equal("De fiets was heel bij levering.", response.Text);
            Assert.Equal("pakbon.pdf", Assert.Single(response.Attachments).FileName);
        }
        await using var db = world.Db();
        var mail = await db.Set<OutboxMessage>().Where(m => m.CaseNumber == number && m.ToAddress == Consumer.Email).ToListAsync();
        Assert.Contains(mail, m => m.TextBody.Contains($"/cases/{number}") && m.Language == "nl");
        Assert.DoesNotContain(await db.Set<OutboxMessage>().Where(m => m.CaseNumber == number).ToListAsync(), m => m.ToAddress == Webshop.Email);
        Assert.True(await db.Set<UserNotification>().AnyAsync(n => n.UserId == Consumer.Id && n.CaseNumber == number && n.Kind == "RecordResponse"));
    }

    [Fact, Trait("Rule", "D8")]
    public async Task D8_Mail_goes_out_in_the_procedure_language()
    {
        var number = await world.NewCaseAsync(S.ForwardedToRespondent, language: Language.En);
        Assert.True((await Service.RespondAsync(Webshop.Principal, number, "Response.")).IsSuccess);
        await using var db = world.Db();
        var mail = await db.Set<OutboxMessage>().SingleAsync(m => m.CaseNumber == number && m.ToAddress == Consumer.Email && m.Subject.Contains(number));
        Assert.Equal("en", mail.Language);
        Assert.StartsWith($"Something has changed in your case {number}", mail.Subject);
    }

    [Fact, Trait("Rule", "D13")]
    public async Task D13_Staff_notes_are_never_shown_to_a_party_or_representative()
    {
        var number = await world.NewCaseAsync(S.InformationGathering, represented: true);
        Assert.True((await Service.AddStaffNoteAsync(CaseManager.Principal, number, "Intern: webshop eerder klachten.")).IsSuccess);
        Assert.IsAssignableFrom<RoleNotAllowed>((await Service.AddStaffNoteAsync(Consumer.Principal, number, "x")).Error);

        foreach (var party in new[] { Consumer, Webshop, Colleague, Adviser })
        {
            var view = (await Service.OpenAsync(party.Principal, number)).Value;
            Assert.Null(view.StaffNotes);
            Assert.DoesNotContain(view.Timeline, t => t.Text?.Contains("Intern:") == true || t.TitleKey == "Event.AddStaffNote");
        }
        var staff = (await Service.OpenAsync(Assessor.Principal, number)).Value;
        Assert.Contains(staff.StaffNotes!, n => n.Text.StartsWith("Intern:"));
    }

    [Fact, Trait("Rule", "D21")]
    public async Task D21_A_party_in_the_written_procedure_gets_a_letter_in_the_print_queue_instead_of_a_mail()
    {
        var number = await world.NewCaseAsync(S.InformationGathering, paperWebshop: true);
        Assert.True((await Service.AddSubmissionAsync(Consumer.Principal, number, "Foto's van de schade.")).IsSuccess);

        await using var db = world.Db();
        Assert.False(await db.Set<OutboxMessage>().AnyAsync(m => m.CaseNumber == number && m.ToAddress == Webshop.Email && m.Subject.Contains("stuk")));
        var letter = await db.Set<PrintQueueEntry>().SingleAsync(p => p.CaseNumber == number);
        Assert.Equal("Fietsenwinkel BV", letter.RecipientName);
        Assert.DoesNotContain("http", letter.Body);

        Assert.False((await Service.PrintQueueAsync(Consumer.Principal)).IsSuccess);
        // No address known for the webshop yet: the letter waits for the desk to enter one, then it is queued.
        Assert.DoesNotContain((await Service.PrintQueueAsync(CaseManager.Principal)).Value, p => p.Id == letter.Id);
        Assert.True((await world.Services.GetRequiredService<IPrintQueue>().SetAddressAsync(CaseManager.Principal, letter.Id, "Kade 2, 3011 AA Rotterdam")).IsSuccess);
        Assert.Contains((await Service.PrintQueueAsync(CaseManager.Principal)).Value, p => p.Id == letter.Id);
        Assert.True((await Service.MarkPrintedAsync(CaseManager.Principal, letter.Id)).IsSuccess);
        Assert.DoesNotContain((await Service.PrintQueueAsync(CaseManager.Principal)).Value, p => p.Id == letter.Id);
        Assert.IsType<PrintEntryNotFound>((await Service.MarkPrintedAsync(CaseManager.Principal, letter.Id)).Error);
    }

    [Fact, Trait("Rule", "D20")]
    public async Task D20_The_consumer_may_withdraw_before_the_ruling_is_prepared()
    {
        var number = await world.NewCaseAsync(S.DossierComplete);
        Assert.IsType<WebshopWithdrawsOnlyBySettlement>((await Service.WithdrawAsync(Webshop.Principal, number)).Error);
        var view = (await Service.OpenAsync(Consumer.Principal, number)).Value;
        Assert.True(view.Actions.CanWithdraw);

        Assert.True((await Service.WithdrawAsync(Consumer.Principal, number, "Ik ga naar de rechter.")).IsSuccess);
        Assert.Equal(S.Withdrawn, (await world.LoadAsync(number)).State);
        await using var db = world.Db();
        Assert.True(await db.Set<OutboxMessage>().AnyAsync(m => m.CaseNumber == number && m.ToAddress == Webshop.Email));
    }

    [Fact, Trait("Rule", "D20")]
    public async Task D20_The_consumer_may_not_withdraw_once_the_ruling_is_in_preparation()
    {
        var number = await world.NewCaseAsync(S.RulingInPreparation);
        var view = (await Service.OpenAsync(Consumer.Principal, number)).Value;
        Assert.False(view.Actions.CanWithdraw);
        Assert.True(view.Actions.WithdrawalEnded);

        Assert.IsType<ConsumerWithdrawalEnded>((await Service.WithdrawAsync(Consumer.Principal, number)).Error);
        Assert.Equal(S.RulingInPreparation, (await world.LoadAsync(number)).State);
    }

    [Fact, Trait("Rule", "D20"), Trait("Rule", "D14")]
    public async Task D20_A_settlement_reported_by_the_webshop_closes_the_case_only_when_the_consumer_confirms()
    {
        var number = await world.NewCaseAsync(S.RulingInPreparation);
        Assert.True((await Service.ReportSettlementAsync(Webshop.Principal, number, "Webshop betaalt € 60,00 terug.")).IsSuccess);
        Assert.IsType<SettlementAlreadyPending>((await Service.ReportSettlementAsync(Consumer.Principal, number, "Nog een.")).Error);

        var webshopView = (await Service.OpenAsync(Webshop.Principal, number)).Value;
        var pending = webshopView.PendingSettlement!;
        Assert.False(pending.MayConfirm);
        Assert.IsType<OtherPartyMustConfirm>((await Service.ConfirmSettlementAsync(Colleague.Principal, number, pending.Id)).Error);
        Assert.Equal(S.RulingInPreparation, (await world.LoadAsync(number)).State);

        Assert.True((await Service.OpenAsync(Consumer.Principal, number)).Value.PendingSettlement!.MayConfirm);
        Assert.True((await Service.ConfirmSettlementAsync(Consumer.Principal, number, pending.Id)).IsSuccess);
        var settled = await world.LoadAsync(number);
        Assert.Equal(S.Settled, settled.State);
        var view = (await Service.OpenAsync(Consumer.Principal, number)).Value;
        Assert.Contains(view.Timeline, t => t.TitleKey == "Event.Settle" && t.Text == "Webshop betaalt € 60,00 terug.");
        Assert.Null(view.PendingSettlement);
    }

    [Fact, Trait("Rule", "D20")]
    public async Task D20_A_declined_settlement_leaves_the_procedure_running()
    {
        var number = await world.NewCaseAsync(S.InformationGathering);
        Assert.True((await Service.ReportSettlementAsync(Consumer.Principal, number, "Half terug.")).IsSuccess);
        var id = (await Service.OpenAsync(Webshop.Principal, number)).Value.PendingSettlement!.Id;
        Assert.True((await Service.DeclineSettlementAsync(Webshop.Principal, number, id)).IsSuccess);
        Assert.Equal(S.InformationGathering, (await world.LoadAsync(number)).State);
        Assert.IsType<NoPendingSettlement>((await Service.ConfirmSettlementAsync(Webshop.Principal, number, id)).Error);
    }

    [Fact, Trait("Rule", "D7")]
    public async Task D7_A_party_invites_a_representative_who_acts_for_it_after_accepting_until_revoked()
    {
        var number = await world.NewCaseAsync(S.InformationGathering);
        Assert.IsType<CaseNotFound>((await Service.OpenAsync(Adviser.Principal, number)).Error);
        Assert.IsType<CannotRepresentYourself>((await Service.InviteRepresentativeAsync(Consumer.Principal, number, Consumer.Email, "Ik", "")).Error);
        Assert.IsType<InvalidEmail>((await Service.InviteRepresentativeAsync(Consumer.Principal, number, "geen-adres", "X", "")).Error);

        var invited = await Service.InviteRepresentativeAsync(Consumer.Principal, number, Adviser.Email, Adviser.Name, "juridisch adviseur");
        Assert.True(invited.IsSuccess, invited.Error?.Code);
        Assert.IsType<InvitationNotFound>((await Service.AcceptInvitationAsync(Stranger.Principal, invited.Value)).Error);
        Assert.IsType<CaseNotFound>((await Service.OpenAsync(Adviser.Principal, number)).Error); // not before accepting
        await using (var db = world.Db())
            Assert.True(await db.Set<OutboxMessage>().AnyAsync(m => m.ToAddress == Adviser.Email && m.TextBody.Contains($"/representation/{invited.Value}")));

        // Issue 19: an account whose address is not confirmed cannot accept, even at the invited address.
        var unconfirmed = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            Adviser.Principal.Claims.Where(c => c.Type != AdrDesk.Infrastructure.Identity.AppClaimsPrincipalFactory.ConfirmedClaim), "test"));
        Assert.IsType<InvitationNotFound>((await Service.AcceptInvitationAsync(unconfirmed, invited.Value)).Error);
        Assert.True((await Service.AcceptInvitationAsync(Adviser.Principal, invited.Value)).IsSuccess);
        Assert.IsType<InvitationNotFound>((await Service.AcceptInvitationAsync(Adviser.Principal, invited.Value)).Error); // single use
        var repView = (await Service.OpenAsync(Adviser.Principal, number)).Value;
        Assert.Equal(CaseAccessKind.Representative, repView.Access);
        Assert.Equal("Sanne de Vries", repView.ActingForName);
        Assert.True((await Service.AddSubmissionAsync(Adviser.Principal, number, "Namens mijn cliënt: de bon.")).IsSuccess);
        var represented = await world.LoadAsync(number);
        Assert.Contains(represented.Submissions, s => s.AuthorName.StartsWith(Adviser.Name) && s.PartyId == represented.Consumer.Id);
        Assert.False(repView.Actions.CanManageRepresentation); // a representative does not appoint others
        Assert.Equal("Jan Raad", (await world.LoadAsync(number)).Consumer.Representative!.Name);
        // The desk's timeline (the audit trail) shows the person and the party acted for: "Jan Raad namens Sanne de Vries".
        var deskView = (await Service.OpenAsync(CaseManager.Principal, number)).Value;
        Assert.Contains(deskView.Timeline, e => e.TitleKey == "Event.SetRepresentative" && e.ActorName == Adviser.Name && e.OnBehalfOf == "Sanne de Vries");

        Assert.True((await Service.RevokeRepresentativeAsync(Consumer.Principal, number)).IsSuccess);
        Assert.Null((await world.LoadAsync(number)).Consumer.Representative);
        Assert.IsType<CaseNotFound>((await Service.OpenAsync(Adviser.Principal, number)).Error);
        Assert.IsType<NoRepresentative>((await Service.RevokeRepresentativeAsync(Consumer.Principal, number)).Error);
    }

    [Fact, Trait("Rule", "D13")]
    public async Task D13_An_attachment_is_named_by_its_detected_type_without_bidi_controls_and_a_missing_file_is_a_named_error()
    {
        var number = await world.NewCaseAsync(S.SettlementAttempt);
        // Issue 19 item 5: over the limit is refused by name, never cut off.
        Assert.Equal(new TextTooLong(CaseFileLimits.MaxTextLength),
            (await Service.PostMessageAsync(Consumer.Principal, number, new string('€', CaseFileLimits.MaxTextLength + 1))).Error);
        // Issue 19 item 6: a PDF named tool.exe is accepted as what it is, and kept and served as tool.pdf; a
        // right-to-left override cannot make "fdp.exe" look like "exe.pdf".
        Assert.True((await Service.PostMessageAsync(Consumer.Principal, number, "Zie bijlagen.", [Pdf("tool.exe"), Pdf("factuur_\u202Efdp.exe")])).IsSuccess);
        var message = Assert.Single((await Service.OpenAsync(Webshop.Principal, number)).Value.Messages);
        Assert.Equal(["factuur_fdp.pdf", "tool.pdf"], message.Attachments.Select(a => a.FileName).Order());
        var tool = message.Attachments.Single(a => a.FileName == "tool.pdf");
        var bidi = message.Attachments.Single(a => a.FileName == "factuur_fdp.pdf");

        await using (var db = world.Db())
        {
            var row = await db.Set<CaseAttachment>().SingleAsync(a => a.Id == tool.Id);
            Assert.Equal("application/pdf", row.ContentType);
            File.Delete(Directory.GetFiles(world.Services.GetRequiredService<AttachmentStore>().Root, row.StorageName, SearchOption.AllDirectories).Single());
        }
        // The row without its file: a named error (the endpoint answers 404 with it for staff), never an exception.
        Assert.Equal(new AdrDesk.Infrastructure.Files.StoredFileMissing("tool.pdf"),
            (await Service.OpenAttachmentAsync(CaseManager.Principal, number, tool.Id)).Error);
        await using var other = (await Service.OpenAttachmentAsync(CaseManager.Principal, number, bidi.Id)).Value;
        Assert.StartsWith("%PDF", new StreamReader(other.Content).ReadToEnd());
    }

    [Fact]
    public async Task Messages_round_trip_with_attachments_and_every_upload_limit_is_checked_before_storing()
    {
        var number = await world.NewCaseAsync(S.SettlementAttempt);
        Assert.IsType<FileTypeNotAllowed>((await Service.PostMessageAsync(Consumer.Principal, number, "x", [new("virus.exe", "application/pdf", [1, 2, 3])])).Error);
        Assert.IsType<FileContentMismatch>((await Service.PostMessageAsync(Consumer.Principal, number, "x", [new("nep.pdf", "application/pdf", "MZ....."u8.ToArray())])).Error);
        Assert.IsType<FileTooLarge>((await Service.PostMessageAsync(Consumer.Principal, number, "x", [Pdf(size: (int)CaseFileLimits.MaxFileBytes)])).Error);
        Assert.IsType<TooManyFiles>((await Service.PostMessageAsync(Consumer.Principal, number, "x", Enumerable.Range(0, 6).Select(i => Pdf($"{i}.pdf")).ToList())).Error);
        Assert.IsType<TextRequired>((await Service.PostMessageAsync(Consumer.Principal, number, "  ")).Error);
        await using (var db = world.Db())
            Assert.False(await db.Set<CaseMessage>().AnyAsync(m => m.CaseNumber == number));

        Assert.True((await Service.PostMessageAsync(Consumer.Principal, number, "Wanneer hoor ik iets?", [Pdf("../../etc/bon.pdf")])).IsSuccess);
        var webshopView = (await Service.OpenAsync(Webshop.Principal, number)).Value;
        var message = Assert.Single(webshopView.Messages);
        Assert.False(message.IsMine);
        Assert.Equal("bon.pdf", Assert.Single(message.Attachments).FileName);
        Assert.True((await Service.PostMessageAsync(Colleague.Principal, number, "Binnenkort.")).IsSuccess);
        Assert.Equal(["Wanneer hoor ik iets?", "Binnenkort."], (await Service.OpenAsync(Consumer.Principal, number)).Value.Messages.Select(m => m.Body));

        await using var opened = (await Service.OpenAttachmentAsync(Consumer.Principal, number, message.Attachments[0].Id)).Value;
        Assert.StartsWith("%PDF", new StreamReader(opened.Content).ReadToEnd());
        var other = await world.NewCaseAsync(S.SettlementAttempt, own: false);
        // A guessed attachment id through another case number, and through the own number: both not found.
        Assert.IsType<CaseNotFound>((await Service.OpenAttachmentAsync(Consumer.Principal, other, message.Attachments[0].Id)).Error);
        Assert.IsType<AttachmentNotFound>((await Service.OpenAttachmentAsync(Stranger.Principal, other, message.Attachments[0].Id)).Error);
    }

    [Fact]
    public async Task My_cases_lists_own_and_organisation_cases_with_status_next_step_who_acts_and_days_left()
    {
        var own = await world.NewCaseAsync(S.ForwardedToRespondent);
        var other = await world.NewCaseAsync(S.ForwardedToRespondent, own: false);

        var consumerRows = await Service.MyCasesAsync(Consumer.Principal);
        var colleagueRows = await Service.MyCasesAsync(Colleague.Principal);
        Assert.Contains(consumerRows, r => r.Number == own);
        Assert.Contains(colleagueRows, r => r.Number == own);
        Assert.DoesNotContain(consumerRows, r => r.Number == other);
        Assert.DoesNotContain(colleagueRows, r => r.Number == other);
        var row = consumerRows.Single(r => r.Number == own);
        Assert.Equal("Status.BindingRuling.ForwardedToRespondent", row.StatusKey);
        Assert.Equal(WhoActs.Respondent, row.WhoActs);
        Assert.Equal(global::AdrDesk.Domain.Deadlines.DeadlineKind.Response, row.DeadlineKind);
        Assert.InRange(row.DaysLeft!.Value, 13, 14);
        Assert.True(await Service.IsVisibleAsync(Colleague.Principal, own));
        Assert.False(await Service.IsVisibleAsync(Colleague.Principal, other));

        var view = (await Service.OpenAsync(Webshop.Principal, own)).Value;
        Assert.Equal(WhoActs.Webshop, view.WhoActs);
        Assert.True(view.YouAct);
        Assert.True(view.Actions.CanRespond);
    }

    [Fact]
    public async Task Notifications_are_per_user_and_only_the_owner_marks_them_read()
    {
        var number = await world.NewCaseAsync(S.SettlementAttempt);
        Assert.True((await Service.PostMessageAsync(Webshop.Principal, number, "Hallo")).IsSuccess);
        var mine = await Service.NotificationsAsync(Consumer.Principal);
        var n = Assert.Single(mine, x => x.CaseNumber == number);
        Assert.DoesNotContain(await Service.NotificationsAsync(Stranger.Principal), x => x.CaseNumber == number);
        var unread = await Service.UnreadCountAsync(Consumer.Principal);
        await Service.MarkReadAsync(Stranger.Principal, n.Id);
        Assert.Equal(unread, await Service.UnreadCountAsync(Consumer.Principal));
        await Service.MarkReadAsync(Consumer.Principal, n.Id);
        Assert.Equal(unread - 1, await Service.UnreadCountAsync(Consumer.Principal));
    }

    [Fact, Trait("Rule", "M6")]
    public async Task M6_A_mediation_position_stays_hidden_from_the_other_party_until_the_mediator_exchanges_them()
    {
        var clock = world.Clock;
        var created = await world.Store.CreateAsync(global::AdrDesk.Domain.Schemes.Scheme.B2BMediation, n => global::AdrDesk.Domain.Mediation.MediationCase.Request(n,
            Party.Business("Fietsenwinkel BV", Webshop.Id, ShopOrg).Value, Party.Business("Andere Shop BV", OtherShop.Id, OtherShopOrg).Value, Webshop.Actor, clock));
        var number = created.Value.Number;
        async Task Step(Func<global::AdrDesk.Domain.Mediation.MediationCase, Result> command) =>
            Assert.True((await world.Store.UpdateAsync(number, command)).IsSuccess);
        await Step(m => m.StartEligibilityCheck(CaseManager.Actor, clock));
        await Step(m => m.AssignMediator(CaseManager.Actor, clock, Mediator.Id, Mediator.Name, "Kantoor"));
        await Step(m => m.AcknowledgePrinciples(Webshop.Actor, clock));
        await Step(m => m.AcknowledgePrinciples(OtherShop.Actor, clock));
        await Step(m => m.SubmitPosition(Webshop.Actor, clock, "Webshop: de factuur is terecht."));
        await Step(m => m.SubmitPosition(OtherShop.Actor, clock, "Klant: de levering was te laat."));

        string[] Positions(CaseFileView v) => v.Timeline.Where(t => t.Kind == TimelineKind.Position).Select(t => t.Text!).Order().ToArray();
        Assert.Equal(["Klant: de levering was te laat."], Positions((await Service.OpenAsync(OtherShop.Principal, number.ToString())).Value));
        Assert.Equal(["Webshop: de factuur is terecht."], Positions((await Service.OpenAsync(Colleague.Principal, number.ToString())).Value));
        Assert.Equal(2, Positions((await Service.OpenAsync(Mediator.Principal, number.ToString())).Value).Length);

        await Step(m => m.ExchangePositions(Mediator.Actor, clock));
        Assert.Equal(2, Positions((await Service.OpenAsync(OtherShop.Principal, number.ToString())).Value).Length);
        Assert.Equal(2, Positions((await Service.OpenAsync(Webshop.Principal, number.ToString())).Value).Length);
    }
}
