using AdrDesk.Domain.Eligibility;
using System.Security.Claims;
using System.Text;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Cases.Complaint;
using AdrDesk.Features.Intake;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Intake.Submission;
using AdrDesk.Features.Intake.Uploads;
using AdrDesk.Features.Mediation;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Resources;
using AdrDesk.Tests.Intake;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Cases;

/// <summary>
/// Issue 14 items 2 and 4, over real SQLite from an empty register of accounts: a business account linked to the party's
/// organisation (never attached to the party row) acts as that party on a case filed through the intake; another
/// organisation's account gets "not found"; the audit trail names person and organisation; the complaint as filed and its
/// documents reach the other party, the desk and the case's assessor, and nobody else (D13).
/// </summary>
public sealed class OrganisationActingTests : IAsyncLifetime
{
    private IntakeFixture _f = default!;

    public async Task InitializeAsync() => _f = await IntakeFixture.StartAsync();
    public async Task DisposeAsync() => await _f.DisposeAsync();

    private async Task<(AppUser User, ClaimsPrincipal Principal)> AccountAsync(string role, string name, Guid? organisation = null)
    {
        using var scope = _f.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{Guid.NewGuid():N}"[..10] + "@test.adrdesk.nl";
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, OrganisationId = organisation, CreatedAt = _f.Clock.GetUtcNow(),
        };
        Assert.True((await users.CreateAsync(user, "Test-2026-pass")).Succeeded);
        await users.AddToRoleAsync(user, role);
        // The principal as sign-in builds it: the organisation claim comes from the account's server-side record.
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(await users.FindByIdAsync(user.Id.ToString()) ?? user);
        return (user, principal);
    }

    private async Task<Organisation> OtherOrganisationAsync()
    {
        await using var db = await _f.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var other = Organisation.Register("Andere Winkel B.V.", KvkNumber.Create("11223344").Value, CountryCode.Netherlands, ["https://andere.example"],
            new DateOnly(2020, 1, 1), certificationMark: null, usesSchemeB2BTerms: true, isSchemeParticipant: true).Value;
        other.AddSubscription(new DateOnly(2020, 1, 1), null);
        db.Organisations.Add(other);
        await db.SaveChangesAsync();
        return other;
    }

    /// <summary>A consumer files through the wizard's services with one PDF; returns the case number and the upload's id.</summary>
    private async Task<(string Number, Guid Document)> FileWithDocumentAsync(ClaimsPrincipal consumer)
    {
        var form = _f.EligibleForm(_f.Webshop);
        form.ReplyReceived = true;
        form.ReplyContent = "Wij nemen de fiets niet terug.";
        Assert.True((await _f.Get<IntakeService>().SaveDraftAsync(consumer, form, 8, false)).IsSuccess);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%factuur\n");
        var upload = await _f.Get<UploadService>().UploadAsync(consumer, Scheme.BindingRuling, false, "factuur.pdf", pdf.Length, _ => new MemoryStream(pdf));
        Assert.True(upload.IsSuccess, upload.Error?.Message(Language.En));
        var filed = await _f.Get<IntakeSubmission>().SubmitAsync(consumer, form, false, Language.Nl);
        Assert.True(filed.IsSuccess, filed.Error?.Message(Language.En));
        return (filed.Value.Number, upload.Value.Id);
    }

    private static void Ok(Result result) => Assert.True(result.IsSuccess, result.Error?.Message(Language.En));
    private static void Ok<T>(Result<T> result) => Assert.True(result.IsSuccess, result.Error?.Message(Language.En));

    [Fact, Trait("Rule", "D12"), Trait("Rule", "D13"), Trait("Rule", "D20")]
    public async Task D12_A_linked_webshop_account_responds_messages_and_reports_a_settlement_on_a_case_filed_online_and_the_audit_names_person_and_organisation()
    {
        var (_, consumer) = await AccountAsync(SecurityRoles.Consumer, "Sanne de Vries");
        var (_, colleague) = await AccountAsync(SecurityRoles.Business, "J. Jansen", _f.Webshop.Id);
        var other = await OtherOrganisationAsync();
        var (_, stranger) = await AccountAsync(SecurityRoles.Business, "K. Klaassen", other.Id);
        var (assessor, _) = await AccountAsync(SecurityRoles.Assessor, "mr. P. Bakker");
        var (number, _) = await FileWithDocumentAsync(consumer);

        var desk = _f.Get<DeskService>();
        var staff = IntakeFixture.CaseManager();
        Ok(await desk.StartScreeningAsync(staff, number));
        Ok(await desk.AssignPanelAsync(staff, number, [assessor.Id], assessor.Id));
        Ok(await desk.RecordStaffDecisionAsync(staff, number, "D25j", StaffDecisionOutcome.Handle, "Geen bezwaar voor de werking van het loket."));
        Ok(await desk.ForwardAsync(staff, number));

        var caseFile = _f.Get<CaseFileService>();
        var view = await caseFile.OpenAsync(colleague, number);
        Assert.True(view.IsSuccess, view.Error?.Message(Language.En));
        Assert.True(view.Value.Actions.CanRespond);

        // Another organisation's account: the case is "not there", and it cannot act on it.
        Assert.IsType<CaseNotFound>((await caseFile.OpenAsync(stranger, number)).Error);
        Assert.IsType<CaseNotFound>((await caseFile.RespondAsync(stranger, number, "Niet van ons.")).Error);
        Assert.IsType<CaseNotFound>((await caseFile.PostMessageAsync(stranger, number, "Hallo")).Error);

        Ok(await caseFile.RespondAsync(colleague, number, "Wij betwisten de klacht."));
        Ok(await caseFile.PostMessageAsync(colleague, number, "Wij stellen een schikking voor."));
        Ok(await caseFile.ReportSettlementAsync(colleague, number, "Webshop betaalt € 400,00 terug."));

        await using var db = await _f.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var trail = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.CaseNumber == number).ToListAsync();
        var response = Assert.Single(trail, a => a.Action == "RecordResponse");
        Assert.Equal("J. Jansen", response.ActorName);
        Assert.Equal(_f.Webshop.LegalName, response.OnBehalfOf);
        Assert.Equal(Role.Business, response.Role);
    }

    [Fact, Trait("Rule", "M6"), Trait("Rule", "M10")]
    public async Task M6_A_linked_account_of_the_participant_acts_as_the_other_party_of_a_mediation_filed_online()
    {
        var client = await OtherOrganisationAsync();
        var (_, filer) = await AccountAsync(SecurityRoles.Business, "Klant BV", client.Id);
        var (_, colleague) = await AccountAsync(SecurityRoles.Business, "J. Jansen", _f.Webshop.Id);
        var (_, stranger) = await AccountAsync(SecurityRoles.Business, "K. Klaassen", Guid.NewGuid());
        var form = new IntakeForm
        {
            Scheme = Scheme.B2BMediation, Name = "Klant BV", Email = "klant@test.adrdesk.nl", Street = "Weg 1", PostalCode = "1234 AB", City = "Utrecht",
            Country = "NL", WebshopId = _f.Webshop.Id, WebshopName = _f.Webshop.LegalName, ContractUsedSchemeB2BTerms = true,
            Complaint = "Geschil over de licentie.", AcceptsDataSharing = true,
        };
        var requested = await _f.Get<IntakeSubmission>().SubmitAsync(filer, form, false, Language.Nl);
        Assert.True(requested.IsSuccess, requested.Error?.Message(Language.En));
        var number = requested.Value.Number;
        var staff = new Actor(Guid.NewGuid(), "Lotte Visser", Role.CaseManager);
        var store = _f.Get<CaseStore>();
        Ok((await store.UpdateAsync<MediationCase>(CaseNumber.Parse(number).Value, c => c.StartEligibilityCheck(staff, _f.Clock))));
        Ok((await store.UpdateAsync<MediationCase>(CaseNumber.Parse(number).Value, c => c.AssignMediator(staff, _f.Clock, Guid.NewGuid(), "M. de Boer", "Kantoor Smit, Utrecht"))));

        var mediations = _f.Get<MediationService>();
        Assert.IsType<CaseNotFound>((await mediations.AcknowledgeAsync(stranger, number)).Error);
        Ok(await mediations.AcknowledgeAsync(colleague, number));
        Ok(await mediations.SubmitPositionAsync(colleague, number, "Standpunt van de deelnemer"));
        Assert.IsType<CaseNotFound>((await mediations.SubmitPositionAsync(stranger, number, "Niet van ons")).Error);

        // M6: the request as filed reaches the other party.
        var complaint = await _f.Get<CaseComplaints>().ForCaseAsync(colleague, number);
        Assert.Equal("Geschil over de licentie.", complaint.Value!.Complaint.Complaint);
        Assert.IsType<CaseNotFound>((await _f.Get<CaseComplaints>().ForCaseAsync(stranger, number)).Error);

        await using var db = await _f.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var position = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.CaseNumber == number && a.ActorName == "J. Jansen").ToListAsync();
        Assert.NotEmpty(position);
        Assert.All(position, a => Assert.Equal(_f.Webshop.LegalName, a.OnBehalfOf));
    }

    [Fact, Trait("Rule", "D13"), Trait("Rule", "D24")]
    public async Task D13_The_complaint_and_the_wizards_documents_reach_the_webshop_the_desk_and_the_assigned_assessor_and_nobody_else()
    {
        var (_, consumer) = await AccountAsync(SecurityRoles.Consumer, "Sanne de Vries");
        var (_, colleague) = await AccountAsync(SecurityRoles.Business, "J. Jansen", _f.Webshop.Id);
        var (_, otherConsumer) = await AccountAsync(SecurityRoles.Consumer, "Iemand anders");
        var (_, otherBusiness) = await AccountAsync(SecurityRoles.Business, "K. Klaassen", (await OtherOrganisationAsync()).Id);
        var (assessor, assessorPrincipal) = await AccountAsync(SecurityRoles.Assessor, "mr. P. Bakker");
        var (_, unassigned) = await AccountAsync(SecurityRoles.Assessor, "mr. K. Smit");
        var (number, document) = await FileWithDocumentAsync(consumer);
        var staff = IntakeFixture.CaseManager();
        Ok(await _f.Get<DeskService>().StartScreeningAsync(staff, number));
        Ok(await _f.Get<DeskService>().AssignPanelAsync(staff, number, [assessor.Id], assessor.Id));

        var complaints = _f.Get<CaseComplaints>();
        var uploads = _f.Get<UploadService>();
        foreach (var reader in new[] { colleague, staff, assessorPrincipal, consumer })
        {
            var seen = await complaints.ForCaseAsync(reader, number);
            Assert.True(seen.IsSuccess, seen.Error?.Message(Language.En));
            var c = seen.Value!.Complaint;
            Assert.Equal("Het frame is gescheurd.", c.Complaint);
            Assert.Equal("Geld terug", c.Remedy);
            Assert.Equal(924.00m, c.ClaimTotal);
            Assert.Equal(899.00m, c.ProductValue);
            Assert.Equal(_f.Today.AddDays(-40), c.OrderDate);
            Assert.Equal(_f.Today.AddDays(-30), c.FirstReported);
            Assert.Equal("Wij nemen de fiets niet terug.", c.EarlierReply);
            Assert.Equal("factuur.pdf", Assert.Single(c.Documents).FileName);
            await using var opened = (await uploads.OpenFiledAsync(reader, document)).Value;
            Assert.Equal("application/pdf", opened.Upload.ContentType);
        }
        Assert.False((await complaints.ForCaseAsync(colleague, number)).Value!.ShowRuleCodes);
        Assert.True((await complaints.ForCaseAsync(assessorPrincipal, number)).Value!.ShowRuleCodes);

        foreach (var outsider in new[] { otherConsumer, otherBusiness, unassigned })
        {
            Assert.IsType<CaseNotFound>((await complaints.ForCaseAsync(outsider, number)).Error);
            Assert.IsType<FiledDocumentNotFound>((await complaints.DocumentAsync(outsider, document)).Error);
            Assert.IsType<FiledDocumentNotFound>((await uploads.OpenFiledAsync(outsider, document)).Error);
        }
        Assert.IsType<FiledDocumentNotFound>((await uploads.OpenFiledAsync(colleague, Guid.NewGuid())).Error);
    }
}
