using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AdrDesk.Tests.Cases.CaseFixtures;
using AppRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Cases;

public sealed class CaseAccessTests : IAsyncLifetime
{
    private static readonly Guid OtherOrganisation = Guid.Parse("00000000-0000-0000-0000-0000000000f9");
    private static readonly Guid ColleagueId = Guid.Parse("00000000-0000-0000-0000-00000000b0c1");
    private static readonly Guid RepresentativeId = Guid.Parse("00000000-0000-0000-0000-00000000c0e1");
    private static readonly Guid OtherWebshopUser = Guid.Parse("00000000-0000-0000-0000-00000000b999");

    private CaseTestKit _kit = null!;
    private BindingRulingCase _own = null!;
    private BindingRulingCase _other = null!;
    private MediationCase _mediation = null!;

    public async Task InitializeAsync()
    {
        _kit = await CaseTestKit.CreateAsync();
        var clock = _kit.Clock;
        _own = await NewBindingRulingAsync(_kit.Store, clock);
        await StepAsync(_kit.Store, _own, x => x.SetRepresentative(Actors.Consumer, clock, x.Consumer.Id, new Representative("Jan Raad", "adviseur", "Jan@Raad.example") { UserId = RepresentativeId }));
        await StepAsync(_kit.Store, _own, x => x.Submit(Actors.Consumer, clock, true));
        await StepAsync(_kit.Store, _own, x => x.StartScreening(Actors.CaseManager, clock));
        await StepAsync(_kit.Store, _own, x => x.AssignPanel(Actors.CaseManager, clock, [BindingRulingScenario.Member(Actors.Assessor)]));
        await StepAsync(_kit.Store, _own, x => x.Forward(Actors.Assessor, clock));

        var created = await _kit.Store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n,
            Party.Consumer("Iemand anders", Actors.Stranger.UserId).Value, Party.Business("Andere Webshop BV", OtherWebshopUser, OtherOrganisation).Value,
            PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, Actors.Stranger, clock));
        _other = created.Value;
        await StepAsync(_kit.Store, _other, x => x.Submit(Actors.Stranger, clock, true));
        await StepAsync(_kit.Store, _other, x => x.StartScreening(Actors.CaseManager, clock));
        await StepAsync(_kit.Store, _other, x => x.AssignPanel(Actors.CaseManager, clock, [BindingRulingScenario.Member(Actors.Assessor2)]));

        _mediation = await NewMediationAsync(_kit.Store, clock);
        await StepAsync(_kit.Store, _mediation, x => x.StartEligibilityCheck(Actors.CaseManager, clock));
        await StepAsync(_kit.Store, _mediation, x => x.AssignMediator(Actors.CaseManager, clock, Actors.Mediator.UserId, Actors.Mediator.DisplayName, "Kantoor"));
    }

    public async Task DisposeAsync() => await _kit.DisposeAsync();

    public static TheoryData<string, bool, CaseAccessKind?> Matrix => new()
    {
        { "consumer", true, CaseAccessKind.Party },
        { "consumer", false, null },
        { "webshop", true, CaseAccessKind.Party },
        { "webshop", false, null },
        { "colleague", true, CaseAccessKind.Organisation },
        { "colleague", false, null },
        { "representative", true, CaseAccessKind.Representative },
        { "representative", false, null },
        { "assessor", true, CaseAccessKind.Assessor },
        { "assessor", false, null },
        { "mediator", true, CaseAccessKind.Mediator },
        { "mediator", false, null },
        { "casemanager", true, CaseAccessKind.Staff },
        { "casemanager", false, CaseAccessKind.Staff },
        { "admin", true, CaseAccessKind.Staff },
        { "admin", false, CaseAccessKind.Staff },
        { "anonymous", true, null },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_sees_its_own_cases_and_gets_CaseNotFound_for_others(string who, bool ownCase, CaseAccessKind? expected)
    {
        var access = new CaseAccess(_kit.Database);
        var number = who == "mediator" && ownCase ? _mediation.Number : ownCase ? _own.Number : _other.Number;

        var grant = await access.ForCaseAsync(Principal(who), number);

        if (expected is null)
        {
            Assert.IsType<CaseNotFound>(grant.Error);
        }
        else
        {
            Assert.True(grant.IsSuccess, grant.Error?.Code);
            Assert.Equal(expected, grant.Value.Kind);
        }
        await using var db = _kit.Database.CreateDbContext();
        var visible = await CaseAccess.Visible(db, Principal(who)).Select(s => s.Number).ToListAsync();
        Assert.Equal(expected is not null, visible.Contains(number.ToString()));
    }

    [Fact]
    public async Task An_unknown_or_malformed_number_is_CaseNotFound_even_for_an_admin()
    {
        var access = new CaseAccess(_kit.Database);
        Assert.IsType<CaseNotFound>((await access.ForCaseAsync(Principal("admin"), "DD-2026-999999")).Error);
        Assert.IsType<CaseNotFound>((await access.ForCaseAsync(Principal("admin"), "nonsense")).Error);
    }

    [Fact]
    public async Task A_colleague_and_a_representative_act_for_their_party_and_the_audit_names_them()
    {
        var access = new CaseAccess(_kit.Database);
        var colleague = (await access.ForCaseAsync(Principal("colleague"), _own.Number)).Value;
        var representative = (await access.ForCaseAsync(Principal("representative"), _own.Number)).Value;

        var c = (await _kit.Store.LoadAsync<BindingRulingCase>(_own.Number)).Value;
        // A colleague acts as themselves, for the webshop's party (issue 14 item 2): the audit names the person
        // and the organisation, never the party row's own user.
        Assert.NotEqual(Actors.Webshop.UserId, colleague.Actor.UserId);
        Assert.Equal(("Collega Webshop", Role.Business, c.Webshop.Id), (colleague.Actor.DisplayName, colleague.Actor.Role, colleague.Actor.ForPartyId));
        Assert.False(string.IsNullOrEmpty(colleague.Actor.ForName));
        // The representative (D7) likewise acts as themselves for the consumer's party.
        Assert.NotEqual(Actors.Consumer.UserId, representative.Actor.UserId);
        Assert.Equal(("Jan Raad", Role.Consumer, c.Consumer.Id), (representative.Actor.DisplayName, representative.Actor.Role, representative.Actor.ForPartyId));
        await StepAsync(_kit.Store, c, x => x.RecordResponse(colleague.Actor, _kit.Clock, "Namens de webshop: wij betwisten het."));
        Assert.Equal("Collega Webshop", c.Submissions.Single().AuthorName);
    }

    [Fact]
    public void ActorOf_maps_id_name_and_highest_role()
    {
        var actor = CaseAccess.ActorOf(Principal("assessor", AppRoles.Consumer));
        Assert.Equal(new Actor(Actors.Assessor.UserId, "Beoordelaar", Role.Assessor), actor);
        Assert.Null(CaseAccess.ActorOf(Principal("anonymous")));
    }

    [Fact]
    public async Task The_audit_trail_is_readable_by_staff_and_the_handling_assessor_only()
    {
        var service = new AuditTrailService(_kit.Database, new CaseAccess(_kit.Database));

        var staff = await service.ForCaseAsync(_own.Number, Principal("casemanager"));
        var assessor = await service.ForCaseAsync(_own.Number, Principal("assessor"));

        Assert.True(staff.IsSuccess);
        Assert.Equal(["Draft", "SetRepresentative", "DeadlineStarted:Refusal", "Submit", "StartScreening", "AssignPanel", "DeadlineClosed:Refusal", "DeadlineStarted:Response", "Forward"],
            staff.Value.Select(a => a.Action));
        Assert.Equal(staff.Value.Count, assessor.Value.Count);
        Assert.IsType<CaseNotFound>((await service.ForCaseAsync(_own.Number, Principal("consumer"))).Error);
        Assert.IsType<CaseNotFound>((await service.ForCaseAsync(_other.Number, Principal("assessor"))).Error);
    }

    public static TheoryData<string> PartySides => new() { "consumer", "webshop", "colleague", "representative", "assessor", "casemanager", "admin" };

    [Theory]
    [MemberData(nameof(PartySides))]
    [Trait("Rule", "D7")]
    [Trait("Rule", "D12")]
    public async Task An_account_whose_address_is_not_confirmed_sees_no_case_not_even_its_own(string who)
    {
        // Issue 19 item 1: the same person, the same links to the case, only the cookie lacks the confirmed address.
        var unconfirmed = Unconfirmed(Principal(who));
        var access = new CaseAccess(_kit.Database);

        Assert.IsType<CaseNotFound>((await access.ForCaseAsync(unconfirmed, _own.Number)).Error);
        await using var db = _kit.Database.CreateDbContext();
        Assert.Empty(await CaseAccess.Visible(db, unconfirmed).ToListAsync());
        Assert.True((await access.ForCaseAsync(Principal(who), _own.Number)).IsSuccess);
    }

    [Fact]
    [Trait("Rule", "D7")]
    public async Task D7_an_account_at_the_representatives_address_gets_nothing_without_accepting_the_invitation()
    {
        // A confirmed account that owns the address the consumer named, but is not the account that accepted.
        var sameAddress = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(AppClaimsPrincipalFactory.ConfirmedClaim, "true"),
            new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, "Iemand met Jans adres"), new Claim(ClaimTypes.Role, AppRoles.Consumer),
            new Claim(ClaimTypes.Email, "jan@raad.example"),
        ], "test"));
        var access = new CaseAccess(_kit.Database);

        Assert.IsType<CaseNotFound>((await access.ForCaseAsync(sameAddress, _own.Number)).Error);
        await using var db = _kit.Database.CreateDbContext();
        Assert.Empty(await CaseAccess.Visible(db, sameAddress).ToListAsync());
    }

    private static ClaimsPrincipal Unconfirmed(ClaimsPrincipal user) =>
        new(new ClaimsIdentity(user.Claims.Where(c => c.Type != AppClaimsPrincipalFactory.ConfirmedClaim), "test"));

    private static ClaimsPrincipal Principal(string who, params string[] extraRoles)
    {
        (Guid Id, string Name, string Role, Guid? Org, string? Email) p = who switch
        {
            "consumer" => (Actors.Consumer.UserId, "Sanne de Vries", AppRoles.Consumer, null, "sanne@example.nl"),
            "webshop" => (Actors.Webshop.UserId, "Mark Jansen", AppRoles.Business, WebshopOrganisationId, "mark@fietsen.example"),
            "colleague" => (ColleagueId, "Collega Webshop", AppRoles.Business, WebshopOrganisationId, "collega@fietsen.example"),
            "representative" => (RepresentativeId, "Jan Raad", AppRoles.Consumer, null, "jan@raad.example"),
            "assessor" => (Actors.Assessor.UserId, "Beoordelaar", AppRoles.Assessor, null, null),
            "mediator" => (Actors.Mediator.UserId, "Mediator", AppRoles.Mediator, null, null),
            "casemanager" => (Actors.CaseManager.UserId, "Balie", AppRoles.CaseManager, null, null),
            "admin" => (Actors.Admin.UserId, "Beheer", AppRoles.Admin, null, null),
            _ => (Guid.Empty, "", "", null, null),
        };
        if (who == "anonymous") return new ClaimsPrincipal(new ClaimsIdentity());
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, p.Id.ToString()), new(AdrDesk.Infrastructure.Identity.AppClaimsPrincipalFactory.ConfirmedClaim, "true"),
            new(AppClaimsPrincipalFactory.DisplayNameClaim, p.Name),
            new(ClaimTypes.Role, p.Role),
        };
        claims.AddRange(extraRoles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (p.Org is { } org) claims.Add(new Claim(AppClaimsPrincipalFactory.OrganisationClaim, org.ToString()));
        if (p.Email is { } email) claims.Add(new Claim(ClaimTypes.Email, email));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
