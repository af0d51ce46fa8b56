using System.Text;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Intake;
using AdrDesk.Features.Intake.Desk;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Intake.Submission;
using AdrDesk.Features.Intake.Uploads;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Resources;
using AdrDesk.Tests.Documents;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Intake;

/// <summary>The intake's services on real SQLite: drafts, uploads, access, submission (receipt, outbox), D5, D9, D6/D21.</summary>
public sealed class IntakeServiceTests : IAsyncLifetime
{
    private IntakeFixture _f = default!;

    public async Task InitializeAsync() => _f = await IntakeFixture.StartAsync();
    public async Task DisposeAsync() => await _f.DisposeAsync();

    private async Task<AppUser> UserAsync(string role, Guid? organisation = null)
    {
        using var scope = _f.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{Guid.NewGuid():N}"[..10] + "@test.adrdesk.nl";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Test", OrganisationId = organisation, CreatedAt = _f.Clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(user, "Test-2026-pass")).Succeeded);
        await users.AddToRoleAsync(user, role);
        return user;
    }

    private async Task<AdrDbContext> DbAsync() => await _f.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();

    [Fact]
    public async Task A_draft_belongs_to_its_user_and_expires_after_6_months()
    {
        var intake = _f.Get<IntakeService>();
        var owner = IntakeFixture.Consumer();
        var form = _f.EligibleForm(_f.Webshop);
        Assert.True((await intake.SaveDraftAsync(owner, form, 3, paper: false)).IsSuccess);

        var resumed = await intake.LoadDraftAsync(owner, Scheme.BindingRuling, paper: false);
        Assert.Equal(3, resumed.Value!.Step);
        Assert.Equal("Racefiets Vento 3", resumed.Value.Form.Product);
        Assert.Null((await intake.LoadDraftAsync(IntakeFixture.Consumer(), Scheme.BindingRuling, paper: false)).Value);

        _f.Clock.Advance(TimeSpan.FromDays(184));
        Assert.IsType<DraftExpired>((await intake.LoadDraftAsync(owner, Scheme.BindingRuling, paper: false)).Error);
        Assert.Null((await intake.LoadDraftAsync(owner, Scheme.BindingRuling, paper: false)).Value);
    }

    [Fact, Trait("Rule", "D6")]
    public async Task D6_Only_staff_enter_paper_forms_and_each_role_files_only_its_schemes()
    {
        var intake = _f.Get<IntakeService>();
        var form = _f.EligibleForm(_f.Webshop);
        Assert.IsType<PaperEntryIsForStaff>((await intake.SaveDraftAsync(IntakeFixture.Consumer(), form, 1, paper: true)).Error);
        Assert.True((await intake.SaveDraftAsync(IntakeFixture.CaseManager(), form, 1, paper: true)).IsSuccess);
        Assert.IsType<MayNotFileThisScheme>((await intake.SaveDraftAsync(IntakeFixture.Principal(SecurityRoles.Assessor), form, 1, paper: false)).Error);
        Assert.IsType<MayNotFileThisScheme>((await intake.LoadDraftAsync(IntakeFixture.Principal(SecurityRoles.Business), Scheme.ConsumerBemiddeling, false)).Error);
        Assert.IsType<NotSignedIn>((await intake.LoadDraftAsync(new(), Scheme.BindingRuling, false)).Error);
    }

    [Fact, Trait("Rule", "D25")]
    public async Task A_discarded_draft_is_deleted_with_its_uploads_and_only_the_callers()
    {
        var intake = _f.Get<IntakeService>();
        var uploads = _f.Get<UploadService>();
        var owner = IntakeFixture.Consumer();
        var other = IntakeFixture.Consumer();
        await intake.SaveDraftAsync(owner, _f.EligibleForm(_f.Webshop), 2, false);
        await intake.SaveDraftAsync(other, _f.EligibleForm(_f.Webshop), 2, false);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%test\n");
        var mine = await uploads.UploadAsync(owner, Scheme.BindingRuling, false, "bon.pdf", pdf.Length, _ => new MemoryStream(pdf));
        var theirs = await uploads.UploadAsync(other, Scheme.BindingRuling, false, "foto.pdf", pdf.Length, _ => new MemoryStream(pdf));
        Assert.Equal(2, Directory.GetFiles(uploads.Limits.StorePath).Length);

        Assert.True((await intake.DiscardDraftAsync(owner, Scheme.BindingRuling, false)).IsSuccess);

        Assert.Null((await intake.LoadDraftAsync(owner, Scheme.BindingRuling, false)).Value);
        Assert.NotNull((await intake.LoadDraftAsync(other, Scheme.BindingRuling, false)).Value);
        Assert.IsType<UploadNotFound>((await uploads.OpenAsync(owner, mine.Value.Id)).Error);
        await using (var opened = (await uploads.OpenAsync(other, theirs.Value.Id)).Value) Assert.Equal("foto.pdf", opened.Upload.OriginalName);
        Assert.Single(Directory.GetFiles(uploads.Limits.StorePath));
    }

    [Fact]
    public async Task Uploads_are_checked_for_size_and_signature_before_storing_and_served_only_to_the_owner()
    {
        var intake = _f.Get<IntakeService>();
        var uploads = _f.Get<UploadService>();
        var owner = IntakeFixture.Consumer();
        await intake.SaveDraftAsync(owner, _f.EligibleForm(_f.Webshop), 5, false);
        var root = uploads.Limits.StorePath;
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%test\n");
        var exe = Encoding.ASCII.GetBytes("MZ\x90\0\x03\0\0\0 this program cannot be run in DOS mode");

        Assert.IsType<UploadTooLarge>((await uploads.UploadAsync(owner, Scheme.BindingRuling, false, "big.pdf", 200L * 1024 * 1024, _ => throw new InvalidOperationException("must not be read"))).Error);
        Assert.IsType<UploadTypeRefused>((await uploads.UploadAsync(owner, Scheme.BindingRuling, false, "factuur.pdf", exe.Length, _ => new MemoryStream(exe))).Error);
        // A client that lies about the size is cut off while copying, and nothing is kept.
        var lying = new byte[2 * 1024 * 1024];
        pdf.CopyTo(lying, 0);
        Assert.IsType<UploadTooLarge>((await uploads.UploadAsync(owner, Scheme.BindingRuling, false, "lies.pdf", 10, _ => new MemoryStream(lying))).Error);
        Assert.Empty(Directory.Exists(root) ? Directory.GetFiles(root) : []);

        var stored = await uploads.UploadAsync(owner, Scheme.BindingRuling, false, "../../orderbevestiging.pdf", pdf.Length, _ => new MemoryStream(pdf));
        Assert.Equal("orderbevestiging.pdf", stored.Value.FileName);
        var file = Assert.Single(Directory.GetFiles(root));
        Assert.DoesNotContain("orderbevestiging", file);

        await using (var opened = (await uploads.OpenAsync(owner, stored.Value.Id)).Value)
            Assert.Equal("application/pdf", opened.Upload.ContentType);
        Assert.IsType<UploadNotFound>((await uploads.OpenAsync(IntakeFixture.Consumer(), stored.Value.Id)).Error);
        Assert.True((await uploads.OpenAsync(IntakeFixture.CaseManager(), stored.Value.Id)).IsSuccess);
    }

    [Fact, Trait("Rule", "D13")]
    public async Task D13_An_upload_is_named_by_its_detected_type_a_broken_one_leaves_no_part_and_a_missing_file_is_reported()
    {
        var intake = _f.Get<IntakeService>();
        var uploads = _f.Get<UploadService>();
        var owner = IntakeFixture.Consumer();
        await intake.SaveDraftAsync(owner, _f.EligibleForm(_f.Webshop), 5, false);
        var root = uploads.Limits.StorePath;
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%test\n");

        // Issue 19 item 6: a PDF named tool.exe, or with a right-to-left override, is kept and served as a .pdf.
        var tool = await uploads.UploadAsync(owner, Scheme.BindingRuling, false, "tool.exe", pdf.Length, _ => new MemoryStream(pdf));
        Assert.Equal("tool.pdf", tool.Value.FileName);
        var bidi = await uploads.UploadAsync(owner, Scheme.BindingRuling, false, "factuur_\u202Efdp.exe", pdf.Length, _ => new MemoryStream(pdf));
        Assert.Equal("factuur_fdp.pdf", bidi.Value.FileName);
        await using (var opened = (await uploads.OpenAsync(owner, bidi.Value.Id)).Value)
            Assert.Equal(("factuur_fdp.pdf", "application/pdf"), (opened.Upload.OriginalName, opened.Upload.ContentType));
        var before = Directory.GetFiles(root).Order().ToArray();

        // A request that breaks off mid-file keeps no part of it.
        Assert.True((await uploads.UploadAsync(owner, Scheme.BindingRuling, false, "kapot.pdf", 100_000, _ => new BreaksOff(pdf))).IsFailure);
        Assert.Equal(before, Directory.GetFiles(root).Order().ToArray());

        // The row is there but the file is gone: not a 500, a named error the endpoint shows staff.
        Assert.Equal(2, before.Length);
        File.Delete(before[0]);
        var missing = new[] { (await uploads.OpenAsync(owner, tool.Value.Id)).Error, (await uploads.OpenAsync(owner, bidi.Value.Id)).Error };
        Assert.Contains(missing, e => e is AdrDesk.Infrastructure.Files.StoredFileMissing);
    }

    /// <summary>A browser stream that sends the start of a file, then fails as a dropped connection does.</summary>
    private sealed class BreaksOff(byte[] start) : MemoryStream(start)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await base.ReadAsync(buffer, cancellationToken);
            return n > 0 ? n : throw new IOException("The connection was reset.");
        }
    }

    [Fact, Trait("Rule", "D17"), Trait("Rule", "D12")]
    public async Task D17_An_eligible_filing_creates_the_case_with_the_receipt_it_owes_and_the_receipt_is_mailed_after_the_commit()
    {
        var consumer = await UserAsync(SecurityRoles.Consumer);
        var user = IntakeFixture.Consumer(consumer.Id);
        var form = _f.EligibleForm(_f.Webshop);
        await _f.Get<IntakeService>().SaveDraftAsync(user, form, 8, false);

        form.AcceptsBindingRuling = false;
        Assert.IsType<IntakeIncomplete>((await _f.Get<IntakeSubmission>().SubmitAsync(user, form, false, Language.Nl)).Error);
        form.AcceptsBindingRuling = true;
        var filed = await _f.Get<IntakeSubmission>().SubmitAsync(user, form, false, Language.Nl);

        Assert.True(filed.IsSuccess, filed.Error?.Message(Language.En));
        Assert.StartsWith("DD-2026-", filed.Value.Number);
        Assert.NotNull(filed.Value.DecisionDue);
        var loaded = await _f.Get<CaseStore>().LoadAsync<BindingRulingCase>(CaseNumber.Parse(filed.Value.Number).Value);
        Assert.Equal(BindingRulingState.Filed, loaded.Value.State);
        Assert.Equal(FilingChannel.Online, loaded.Value.Channel);
        await using var db = await DbAsync();
        // Item 12: the receipt is committed with the case as owed, and rendered after the commit (this host runs no background service).
        var owed = await db.Set<PendingReceipt>().SingleAsync(r => r.CaseNumber == filed.Value.Number);
        Assert.Equal(filed.Value.ReceiptId, owed.DocumentId);
        Assert.False(await db.Outbox.AnyAsync(m => m.CaseNumber == filed.Value.Number));
        await _f.Get<ReceiptDelivery>().RunOnceAsync();
        Assert.False(await db.Set<PendingReceipt>().AnyAsync(r => r.CaseNumber == filed.Value.Number));
        var mail = await db.Outbox.Include(m => m.Attachments).SingleAsync(m => m.CaseNumber == filed.Value.Number);
        Assert.Equal("sanne@test.adrdesk.nl", mail.ToAddress);
        var text = await Poppler.TextAsync(Assert.Single(mail.Attachments).Content);
        Assert.Contains(filed.Value.Number, text);
        Assert.Contains("Racefiets Vento 3", text);
        Assert.False(await db.Set<IntakeDraft>().AnyAsync());
    }

    [Fact, Trait("Rule", "D2")]
    public async Task D2_A_filing_of_24_99_is_not_submitted()
    {
        var user = IntakeFixture.Consumer((await UserAsync(SecurityRoles.Consumer)).Id);
        var form = _f.EligibleForm(_f.Webshop);
        form.ProductValue = 24.99m;
        var filed = await _f.Get<IntakeSubmission>().SubmitAsync(user, form, false, Language.Nl);
        Assert.Contains(Assert.IsType<IntakeNotEligible>(filed.Error).Grounds, g => g.RuleId == "D2");
    }

    [Fact, Trait("Rule", "D5")]
    public async Task D5_A_filing_against_an_unsubscribed_webshop_waits_and_the_webshop_is_invited()
    {
        var user = IntakeFixture.Consumer((await UserAsync(SecurityRoles.Consumer)).Id);
        var filed = await _f.Get<IntakeSubmission>().SubmitAsync(user, _f.EligibleForm(_f.Lapsed), false, Language.Nl);
        Assert.True(filed.IsSuccess, filed.Error?.Message(Language.En));
        Assert.Contains(filed.Value.Awaiting, g => g.RuleId == "D5");

        var staff = IntakeFixture.Principal(SecurityRoles.CaseManager, (await UserAsync(SecurityRoles.CaseManager)).Id);
        var screened = await _f.Get<IntakeQueueService>().ScreenAsync(staff, filed.Value.Number);
        Assert.Equal(nameof(BindingRulingState.AwaitingSubscription), screened.Value);
        await using var db = await DbAsync();
        // The invitation goes to the register's dispute address, else an account of the webshop, else by letter (issue 18).
        var mailed = await db.Outbox.Where(m => m.CaseNumber == filed.Value.Number).Select(m => m.Subject).ToListAsync();
        var posted = await db.Set<AdrDesk.Features.CaseFile.Data.PrintQueueEntry>().Where(p => p.CaseNumber == filed.Value.Number).Select(p => p.Subject).ToListAsync();
        Assert.Contains(mailed.Concat(posted), s => s.Contains("aan te sluiten"));
        Assert.Contains((await _f.Get<IntakeQueueService>().ListAsync(staff)).Value.Cases, c => c.Number == filed.Value.Number && c.State == "AwaitingSubscription");
    }

    [Fact, Trait("Rule", "D9")]
    public async Task D9_A_webshop_files_the_consumer_is_invited_asked_within_5_weeks_and_consents_after_accepting()
    {
        var shopUser = await UserAsync(SecurityRoles.Business, _f.Webshop.Id);
        var shop = IntakeFixture.Principal(SecurityRoles.Business, shopUser.Id, _f.Webshop.Id, "Mark Jansen");
        // Someone registered the consumer's address before the filing (issue 19: that grants nothing).
        var consumer = await UserAsync(SecurityRoles.Consumer);
        var form = _f.EligibleForm(_f.Webshop);
        form.Name = "Fietsenwinkel BV"; form.Email = "shop@test.adrdesk.nl"; form.ConsumerName = "Sanne de Vries"; form.ConsumerEmail = consumer.Email;
        form.ComplainedToWebshop = null; form.ClaimantIsConsumer = null;

        var filed = await _f.Get<IntakeSubmission>().SubmitAsync(shop, form, false, Language.Nl);
        Assert.True(filed.IsSuccess, filed.Error?.Message(Language.En));
        var number = CaseNumber.Parse(filed.Value.Number).Value;
        Assert.Null((await _f.Get<CaseStore>().LoadAsync<BindingRulingCase>(number)).Value.Consumer.UserId); // no account attached by address
        var asConsumer = IntakeFixture.Consumer(consumer.Id);
        Assert.IsType<CaseNotFound>((await _f.Get<CaseAccess>().ForCaseAsync(asConsumer, number)).Error);
        Assert.False((await _f.Get<IntakeQueueService>().AnswerConsentAsync(asConsumer, filed.Value.Number, consent: true)).IsSuccess);

        var staff = IntakeFixture.Principal(SecurityRoles.CaseManager, (await UserAsync(SecurityRoles.CaseManager)).Id);
        Assert.Equal(nameof(BindingRulingState.AwaitingConsent), (await _f.Get<IntakeQueueService>().ScreenAsync(staff, filed.Value.Number)).Value);
        List<string> mails;
        await using (var db = await DbAsync())
            mails = await db.Outbox.Where(m => m.ToAddress == consumer.Email).Select(m => m.TextBody).ToListAsync();
        Assert.Contains(mails, b => b.Contains("5 weken") && b.Contains("/intake/consent/")); // the D9 notice, at the address the webshop gave
        var token = System.Text.RegularExpressions.Regex.Match(Assert.Single(mails, b => b.Contains("/invitation/")), @"/invitation/([A-Za-z0-9_\-]+)").Groups[1].Value;

        // Following the link from that mailbox: the account at that address is confirmed by it and becomes the consumer party.
        Assert.Equal(filed.Value.Number, (await _f.Get<AdrDesk.Features.Cases.Invitations.PartyInvitations>().AcceptAsync(asConsumer, token)).Value);
        Assert.Equal(consumer.Id, (await _f.Get<CaseStore>().LoadAsync<BindingRulingCase>(number)).Value.Consumer.UserId);
        Assert.True((await _f.Get<IntakeQueueService>().AnswerConsentAsync(asConsumer, filed.Value.Number, consent: true)).IsSuccess);
        var loaded = await _f.Get<CaseStore>().LoadAsync<BindingRulingCase>(number);
        Assert.Equal(BindingRulingState.Screening, loaded.Value.State);
        Assert.False((await _f.Get<IntakeQueueService>().AnswerConsentAsync(IntakeFixture.Consumer(), filed.Value.Number, true)).IsSuccess);
    }

    [Fact, Trait("Rule", "D21"), Trait("Rule", "D6")]
    public async Task D21_A_paper_filing_by_staff_is_a_paper_procedure_with_its_receipt_in_the_print_queue()
    {
        var staff = IntakeFixture.Principal(SecurityRoles.CaseManager, (await UserAsync(SecurityRoles.CaseManager)).Id, name: "Lotte Visser");
        var form = _f.EligibleForm(_f.Webshop);
        form.Email = null;
        var filed = await _f.Get<IntakeSubmission>().SubmitAsync(staff, form, true, Language.Nl);
        Assert.True(filed.IsSuccess, filed.Error?.Message(Language.En));
        var loaded = (await _f.Get<CaseStore>().LoadAsync<BindingRulingCase>(CaseNumber.Parse(filed.Value.Number).Value)).Value;
        Assert.Equal(FilingChannel.Paper, loaded.Channel);
        Assert.True(loaded.IsConductedInWriting);
        Assert.True(loaded.Consumer.PaperProcedure);
        // One print queue: the receipt waits there as a letter with the receipt PDF enclosed and the postal address.
        await _f.Get<ReceiptDelivery>().RunOnceAsync();
        var letter = Assert.Single((await _f.Get<AdrDesk.Features.CaseFile.CaseFileService>().PrintQueueAsync(staff)).Value, p => p.CaseNumber == filed.Value.Number);
        Assert.Equal(filed.Value.ReceiptId, letter.DocumentId);
        Assert.Equal(loaded.Consumer.Id, letter.PartyId);
        Assert.Contains(form.City!, letter.Address);
        Assert.Contains(filed.Value.Number, letter.Subject);
    }

    [Fact, Trait("Rule", "B2"), Trait("Rule", "M10")]
    public async Task B2_M10_The_shorter_intakes_register_a_bemiddeling_and_a_B2B_mediation_request()
    {
        var consumer = IntakeFixture.Consumer((await UserAsync(SecurityRoles.Consumer)).Id);
        var bemiddeling = new IntakeForm
        {
            Scheme = Scheme.ConsumerBemiddeling, Name = "Sanne de Vries", Email = "sanne@test.adrdesk.nl", Street = "Kerkstraat 1", PostalCode = "1234 AB",
            City = "Utrecht", Country = "NL", WebshopId = _f.Webshop.Id, WebshopName = _f.Webshop.LegalName, Complaint = "Levering te laat.", AcceptsDataSharing = true,
        };
        var registered = await _f.Get<IntakeSubmission>().SubmitAsync(consumer, bemiddeling, false, Language.Nl);
        Assert.True(registered.IsSuccess, registered.Error?.Message(Language.En));
        Assert.StartsWith("BM-", registered.Value.Number);

        var business = IntakeFixture.Principal(SecurityRoles.Business, (await UserAsync(SecurityRoles.Business)).Id, name: "Klant BV");
        var mediation = new IntakeForm
        {
            Scheme = Scheme.B2BMediation, Name = "Klant BV", Email = "klant@test.adrdesk.nl", Street = "Weg 1", PostalCode = "1234 AB", City = "Utrecht",
            Country = "NL", WebshopId = _f.Webshop.Id, WebshopName = _f.Webshop.LegalName, ContractUsedSchemeB2BTerms = true,
            Complaint = "Geschil over de licentie.", AcceptsDataSharing = true,
        };
        var requested = await _f.Get<IntakeSubmission>().SubmitAsync(business, mediation, false, Language.Nl);
        Assert.True(requested.IsSuccess, requested.Error?.Message(Language.En));
        Assert.StartsWith("MB-", requested.Value.Number);

        mediation.ContractUsedSchemeB2BTerms = false; // M1
        Assert.Contains(Assert.IsType<IntakeNotEligible>((await _f.Get<IntakeSubmission>().SubmitAsync(business, mediation, false, Language.Nl)).Error).Grounds,
            g => g.RuleId == "M1");
    }
}
