using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Schemes;
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


/// <summary>
/// Issue 18: the same decision through each desk route (the queue calls IFilingScreening, the case page DeskService)
/// has the same outcome, because both go through the one screening service.
/// </summary>
public sealed class ScreeningRouteTests : IAsyncLifetime
{
    private WorkbenchKit _kit = default!;
    public async Task InitializeAsync() => _kit = await WorkbenchKit.StartAsync();
    public async Task DisposeAsync() => await _kit.DisposeAsync();

    public static TheoryData<string> Routes => new() { "queue", "case page" };

    private Task<Result<string>> StartAsync(string route, string n) => route == "queue"
        ? _kit.Get<IFilingScreening>().ScreenAsync(_kit.Desk.Principal, n)
        : _kit.Get<DeskService>().StartScreeningAsync(_kit.Desk.Principal, n);

    private async Task<BindingRulingCase> WebshopFilingAsync(FilingAnswers? answers = null)
    {
        var consumer = Party.Consumer(_kit.Consumer.Name, _kit.Consumer.Id).Value;
        var webshop = Party.Business(_kit.Shop.Name, _kit.Shop.Id, _kit.Webshop.Id).Value;
        var created = await _kit.Store.CreateAsync(Scheme.BindingRuling,
            n => BindingRulingCase.Draft(n, consumer, webshop, PartyRole.Business, Language.Nl, Language.Nl, FilingChannel.Online, _kit.Shop.Actor, _kit.Clock),
            amountClaimed: Money.Euros(300m));
        await _kit.StepAsync(created.Value, c => c.Submit(_kit.Shop.Actor, _kit.Clock, acceptsBindingRuling: true));
        return created.Value;
    }

    private async Task StoreAnswersAsync(BindingRulingCase c, FilingAnswers answers)
    {
        await using var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        db.Add(StoredFilingAnswers.Of(c.Number.ToString(), answers));
        await db.SaveChangesAsync();
    }

    [Theory, MemberData(nameof(Routes)), Trait("Rule", "D9"), Trait("Rule", "D25g")]
    public async Task D9_A_webshops_filing_asks_the_consumer_for_consent_from_every_route_and_is_not_forwarded_without_it(string route)
    {
        var c = await WebshopFilingAsync();
        var n = c.Number.ToString();
        Assert.Equal("AwaitingConsent", ResultAssert.Ok(await StartAsync(route, n)));
        await using var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var mail = await db.Set<OutboxMessage>().SingleAsync(m => m.CaseNumber == n);
        Assert.Equal(_kit.Consumer.Email, mail.ToAddress); // to the consumer, not to the webshop that filed
        c = await _kit.LoadAsync(c);
        Assert.Null(c.OpenDeadline(DeadlineKind.Refusal)); // D26 term paused while the consent is awaited
        Assert.NotNull(c.PausedDeadline(DeadlineKind.Refusal));
        var queue = ResultAssert.Ok(await _kit.Get<DeskService>().QueueRowsAsync(_kit.Desk.Principal, new DeskQueueQuery(DeskQueueKind.Consent, n), 0, 15));
        Assert.Equal("Consent", queue.Single(r => r.Number == n).NextDeadlineKind);
    }

    [Fact, Trait("Rule", "D9")]
    public async Task D9_Forward_without_consent_is_refused_by_the_screening_and_by_the_domain()
    {
        var c = await WebshopFilingAsync();
        await _kit.StepAsync(c, x => x.StartScreening(_kit.Desk.Actor, _kit.Clock));
        await _kit.StepAsync(c, x => x.AssignPanel(_kit.Desk.Actor, _kit.Clock, [new PanelMember(_kit.A1.Id, _kit.A1.Name, true)]));
        ResultAssert.Fails<ConsumerConsentPending>(await _kit.Get<DeskService>().ForwardAsync(_kit.Desk.Principal, c.Number.ToString()));
        c = await _kit.LoadAsync(c);
        Assert.IsType<ConsentRequiredBeforeForwarding>(c.Forward(_kit.A1.Actor, _kit.Clock).Error);
    }

    [Theory, MemberData(nameof(Routes)), Trait("Rule", "D25g"), Trait("Rule", "D26")]
    public async Task D26_A_declined_consent_issues_the_refusal_letter(string route)
    {
        var c = await WebshopFilingAsync();
        var n = c.Number.ToString();
        ResultAssert.Ok(await StartAsync(route, n));
        ResultAssert.Ok(await _kit.Get<IFilingScreening>().AnswerConsentAsync(_kit.Consumer.Principal, n, consent: false));
        Assert.Equal(BindingRulingState.Refused, (await _kit.LoadAsync(c)).State);
        await using var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        Assert.True(await db.Set<Features.Documents.Store.StoredDocument>().AnyAsync(d => d.CaseNumber == n && d.Kind.ToString() == "RefusalLetter"));
    }

    [Theory, MemberData(nameof(Routes)), Trait("Rule", "D5")]
    public async Task D5_The_invitation_to_subscribe_is_sent_from_every_route(string route)
    {
        var c = await _kit.FiledCaseAsync();
        var n = c.Number.ToString();
        await _kit.StepAsync(c, x => x.StartScreening(_kit.Desk.Actor, _kit.Clock));
        var requested = route == "queue"
            ? await _kit.Get<IFilingScreening>().RequestSubscriptionAsync(_kit.Desk.Principal, n)
            : await _kit.Get<DeskService>().RequestSubscriptionAsync(_kit.Desk.Principal, n);
        ResultAssert.Ok(requested);
        await using var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        Assert.Equal(_kit.Shop.Email, (await db.Set<OutboxMessage>().SingleAsync(m => m.CaseNumber == n)).ToAddress);
    }

    [Fact, Trait("Rule", "D25i"), Trait("Rule", "D25c")]
    public async Task D25i_and_D25c_are_shown_with_the_filers_answers_and_need_a_decision_before_forwarding()
    {
        var c = await _kit.FiledCaseAsync();
        var n = c.Number.ToString();
        await StoreAnswersAsync(c, new FilingAnswers { OrderDate = new DateOnly(1999, 1, 1), FirstReported = new DateOnly(2026, 2, 1),
            ProductValue = 300m, ClaimTotal = 300m, ComplainedToWebshop = true, PreviouslyHandledBy = "Kantonrechter Amsterdam, vonnis van 1 oktober 2026" });
        ResultAssert.Ok(await _kit.Get<DeskService>().StartScreeningAsync(_kit.Desk.Principal, n));
        var view = ResultAssert.Ok(await _kit.Get<DeskService>().ScreeningAsync(_kit.Desk.Principal, n));
        var d25i = view.Report.Assessment.Grounds.Single(g => g.Ground.RuleId == "D25i");
        Assert.Equal(new DateOnly(1999, 1, 1), d25i.Answer!.Value);
        Assert.Equal("Kantonrechter Amsterdam, vonnis van 1 oktober 2026", view.Report.Assessment.Grounds.Single(g => g.Ground.RuleId == "D25c").Answer!.Value);
        Assert.Equal(["D25i", "D25c", "D25j"], view.Report.Assessment.DecisionsMissing);

        ResultAssert.Ok(await _kit.Get<DeskService>().AssignPanelAsync(_kit.Desk.Principal, n, [_kit.A1.Id], _kit.A1.Id));
        ResultAssert.Fails<ScreeningDecisionRequired>(await _kit.Get<IFilingScreening>().ForwardAsync(_kit.Desk.Principal, n));
        ResultAssert.Ok(await _kit.Get<IFilingScreening>().RecordDecisionAsync(_kit.Desk.Principal, n, "D25i", StaffDecisionOutcome.Handle, "Webshop verwees ten onrechte; wij behandelen."));
        ResultAssert.Ok(await _kit.Get<IFilingScreening>().RecordDecisionAsync(_kit.Desk.Principal, n, "D25c", StaffDecisionOutcome.Handle, "Vonnis ging over een andere bestelling."));
        ResultAssert.Ok(await _kit.Get<IFilingScreening>().RecordDecisionAsync(_kit.Desk.Principal, n, "D25j", StaffDecisionOutcome.Handle, "Geen bezwaar voor de werking van het loket."));
        ResultAssert.Ok(await _kit.Get<DeskService>().ForwardAsync(_kit.Desk.Principal, n));
    }
    /// <summary>A consumer's filing against a webshop in the register that has no subscription and no account of its own.</summary>
    private async Task<BindingRulingCase> FiledAgainstUnlinkedWebshopAsync(OrganisationContact contact)
    {
        var shop = Organisation.Register("Zonder Abonnement BV", KvkNumber.Create("87654321").Value, CountryCode.Of("NL"), ["https://zonder-abonnement.example"],
            new DateOnly(2020, 1, 1), contact: contact).Value;
        await using (var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
        {
            db.Add(shop);
            await db.SaveChangesAsync();
        }
        var consumer = Party.Consumer(_kit.Consumer.Name, _kit.Consumer.Id).Value;
        var webshop = Party.Business(shop.LegalName, null, shop.Id).Value;
        var created = await _kit.Store.CreateAsync(Scheme.BindingRuling,
            n => BindingRulingCase.Draft(n, consumer, webshop, PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, _kit.Consumer.Actor, _kit.Clock),
            amountClaimed: Money.Euros(300m));
        await _kit.StepAsync(created.Value, c => c.Submit(_kit.Consumer.Actor, _kit.Clock, acceptsBindingRuling: true));
        return created.Value;
    }

    private async Task<List<OutboxMessage>> MailsAsync(string n)
    {
        await using var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.CaseNumber == n).ToListAsync();
    }

    [Theory, MemberData(nameof(Routes)), Trait("Rule", "D5")]
    public async Task D5_The_invitation_to_a_webshop_without_account_goes_to_its_dispute_address_in_the_register(string route)
    {
        var c = await FiledAgainstUnlinkedWebshopAsync(OrganisationContact.Create("geschillen@zonder-abonnement.example", null, null, null).Value);
        var n = c.Number.ToString();
        Assert.Equal("AwaitingSubscription", ResultAssert.Ok(await StartAsync(route, n)));
        var mail = Assert.Single(await MailsAsync(n));
        Assert.Equal("geschillen@zonder-abonnement.example", mail.ToAddress);
        Assert.NotEqual(_kit.Get<Microsoft.Extensions.Options.IOptions<MailOptions>>().Value.FromAddress, mail.ToAddress);
        Assert.DoesNotContain(ResultAssert.Ok(await _kit.Get<IPrintQueue>().WaitingAsync(_kit.Desk.Principal)), l => l.CaseNumber == n);
    }

    [Theory, MemberData(nameof(Routes)), Trait("Rule", "D5"), Trait("Rule", "D21")]
    public async Task D5_The_invitation_to_a_webshop_without_e_mail_address_is_a_letter_to_its_postal_address(string route)
    {
        var postal = OrganisationAddress.Create("Stationsplein 12", "3511 ED", "Utrecht", "NL").Value;
        var c = await FiledAgainstUnlinkedWebshopAsync(OrganisationContact.Create(null, postal, null, null).Value);
        var n = c.Number.ToString();
        Assert.Equal("AwaitingSubscription", ResultAssert.Ok(await StartAsync(route, n)));
        Assert.Empty(await MailsAsync(n));
        var letter = Assert.Single(ResultAssert.Ok(await _kit.Get<IPrintQueue>().WaitingAsync(_kit.Desk.Principal)), l => l.CaseNumber == n);
        Assert.Equal("Zonder Abonnement BV", letter.RecipientName);
        Assert.Contains("Stationsplein 12", letter.Address);
        Assert.Contains("Utrecht", letter.Address);
        Assert.Contains(n, letter.Subject);
    }

    [Theory, MemberData(nameof(Routes)), Trait("Rule", "D5"), Trait("Rule", "D21")]
    public async Task D5_Without_any_address_the_invitation_waits_for_the_desk_to_enter_one(string route)
    {
        var c = await FiledAgainstUnlinkedWebshopAsync(OrganisationContact.None);
        var n = c.Number.ToString();
        Assert.Equal("AwaitingSubscription", ResultAssert.Ok(await StartAsync(route, n)));
        Assert.Empty(await MailsAsync(n)); // never to the desk's own address
        var queue = _kit.Get<IPrintQueue>();
        var held = Assert.Single(ResultAssert.Ok(await queue.AddressNeededAsync(_kit.Desk.Principal)), l => l.CaseNumber == n);
        Assert.Null(held.Address);
        ResultAssert.Ok(await queue.SetAddressAsync(_kit.Desk.Principal, held.Id, "Zonder Abonnement BV\nPostbus 1\n1000 AA Amsterdam"));
        Assert.Single(ResultAssert.Ok(await queue.WaitingAsync(_kit.Desk.Principal)), l => l.CaseNumber == n);
    }
}
