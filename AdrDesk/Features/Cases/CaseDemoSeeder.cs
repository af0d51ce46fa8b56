using System.Security.Cryptography;
using System.Text;
using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Features.Cases;

/// <summary>
/// Demo cases, made through the domain commands and the <see cref="CaseStore"/> like real ones: binding
/// rulings in every state of their lifecycle, mediations and bemiddelingen at several stages, with the
/// demo accounts as parties, assessors and mediator. Each history is played on a clock set back in time,
/// so audit trails and deadlines are realistic relative to today. Runs once (when there are no cases).
/// </summary>
public sealed class CaseDemoSeeder(IDbContextFactory<AdrDbContext> factory, TimeProvider clock, ILogger<CaseDemoSeeder> logger) : IDemoSeeder
{
    public const string DemoWebshopName = "Fietsonderdelen.nl B.V.";
    public const string DemoClientName = "Horeca Groothandel Van Dijk B.V.";

    /// <summary>After the accounts (0) and the register (10), which links the webshop account to its organisation.</summary>
    public int Order => 20;

    // (state, filed by, days since the last step, extended ruling term, panel of three, English consumer)
    private static readonly (S State, PartyRole FiledBy, double DaysAgo, bool Extended, bool PanelOfThree, bool English)[] BindingRulings =
    [
        (S.Filed, PartyRole.Consumer, 0.5, false, false, false),
        (S.Screening, PartyRole.Consumer, 1, false, false, true),
        (S.Refused, PartyRole.Consumer, 30, false, false, false),
        (S.AwaitingSubscription, PartyRole.Consumer, 3, false, false, false),
        (S.AwaitingConsent, PartyRole.Business, 10, false, false, false),
        (S.ForwardedToRespondent, PartyRole.Consumer, 4, false, false, false),
        (S.SettlementAttempt, PartyRole.Consumer, 3, false, false, true),
        (S.InformationGathering, PartyRole.Consumer, 5, false, false, false),
        (S.DossierComplete, PartyRole.Consumer, 10, false, false, false),
        (S.DossierComplete, PartyRole.Consumer, 5, true, false, false),
        (S.RulingInPreparation, PartyRole.Consumer, 7, false, true, false),
        (S.RulingIssued, PartyRole.Consumer, 0.5, false, false, false),
        (S.CompliancePeriod, PartyRole.Consumer, 4, false, false, false),
        (S.ReminderSent, PartyRole.Consumer, 3, false, false, false),
        (S.Complied, PartyRole.Consumer, 5, false, false, false),
        (S.NonCompliance, PartyRole.Consumer, 2, false, false, false),
        (S.Withdrawn, PartyRole.Consumer, 12, false, false, false),
        (S.Settled, PartyRole.Consumer, 20, false, false, true),
        (S.Closed, PartyRole.Consumer, 30, false, false, false),
    ];

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Set<CaseSummary>().AnyAsync(cancellationToken)) return;
        }
        var users = services.GetRequiredService<UserManager<AppUser>>();
        async Task<AppUser> User(string email) =>
            await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"Demo account {email} is missing; DemoAccounts seeds it first.");
        var consumer = await User("consument@demo.adrdesk.nl");
        var consumerEn = await User("consumer.en@demo.adrdesk.nl");
        var webshop = await User("webshop@demo.adrdesk.nl");
        var assessors = new[] { await User("beoordelaar@demo.adrdesk.nl"), await User("beoordelaar2@demo.adrdesk.nl"), await User("beoordelaar3@demo.adrdesk.nl") };
        var mediator = await User("mediator@demo.adrdesk.nl");
        var desk = await User("balie@demo.adrdesk.nl");

        var now = clock.GetUtcNow();
        var seedClock = new SeedClock(now);
        var store = new CaseStore(factory, services.GetRequiredService<ICaseEventBus>(), services.GetRequiredService<OutboxSignal>(), seedClock,
            services.GetRequiredService<ILogger<CaseStore>>());
        var (webshopOrg, webshopName) = await WebshopOrganisationAsync(webshop, cancellationToken);
        var clientOrg = await OrganisationIdAsync(DemoClientName, cancellationToken);
        var webshopActor = Act(webshop, Role.Business);
        var deskActor = Act(desk, Role.CaseManager);

        var count = 0;
        foreach (var (state, filedBy, daysAgo, extended, panelOfThree, english) in BindingRulings)
        {
            var consumerUser = english ? consumerEn : consumer;
            var lead = assessors[count % 2];
            IReadOnlyList<PanelMember> panel = panelOfThree
                ? [new(assessors[0].Id, assessors[0].DisplayName, true), new(assessors[1].Id, assessors[1].DisplayName), new(assessors[2].Id, assessors[2].DisplayName)]
                : [new(lead.Id, lead.DisplayName)];
            var cast = new PathCast(Act(consumerUser, Role.Consumer), webshopActor, deskActor, panel);
            var steps = BindingRulingPath.To(state, cast, filedBy, extended);
            seedClock.Now = now - TimeSpan.FromDays(BindingRulingPath.Days(steps) + daysAgo);
            var created = await store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n,
                    Party.Consumer(consumerUser.DisplayName, consumerUser.Id).Value, Party.Business(webshopName, webshop.Id, webshopOrg).Value,
                    filedBy, english ? Language.En : Language.Nl, english ? Language.En : Language.Nl, FilingChannel.Online,
                    filedBy == PartyRole.Consumer ? cast.Consumer : cast.Webshop, seedClock),
                amountClaimed: Money.Euros(49.95m + 37 * count), cancellationToken: cancellationToken);
            var @case = Ok(created);
            foreach (var step in steps)
            {
                seedClock.Now += TimeSpan.FromDays(step.DaysAfterPrevious);
                await StepAsync(store, @case, c => step.Run(c, seedClock), cancellationToken);
            }
            count++;
        }

        var client = new Actor(DeterministicGuid("demo-client-user"), "Henk van Dijk", Role.Business);
        var mediatorActor = Act(mediator, Role.Mediator);
        // (stage, how many of the steps below lead there, days back the request was made)
        foreach (var (stage, stepCount, daysAgo) in new[]
        {
            (MediationState.Requested, 0, 2.0), (MediationState.MediatorAssigned, 3, 10), (MediationState.PositionsExchanged, 7, 20),
            (MediationState.JointSessions, 8, 25), (MediationState.Closed, 13, 45),
        })
        {
            seedClock.Now = now - TimeSpan.FromDays(daysAgo);
            var m = Ok(await store.CreateAsync(Scheme.B2BMediation, n => MediationCase.Request(n,
                Party.Business(webshopName, webshop.Id, webshopOrg).Value, Party.Business(DemoClientName, client.UserId, clientOrg).Value,
                webshopActor, seedClock), cancellationToken: cancellationToken));
            var steps = new List<Func<MediationCase, Result>>
            {
                x => x.StartEligibilityCheck(deskActor, seedClock),
                x => x.AssignMediator(deskActor, seedClock, mediator.Id, mediator.DisplayName, "Herengracht 420, Amsterdam"),
                x => x.AcknowledgePrinciples(webshopActor, seedClock),
                x => x.AcknowledgePrinciples(client, seedClock),
                x => x.SubmitPosition(webshopActor, seedClock, "De geleverde koelcel voldoet aan de offerte."),
                x => x.SubmitPosition(client, seedClock, "De koelcel haalt de afgesproken temperatuur niet."),
                x => x.ExchangePositions(mediatorActor, seedClock),
                x => x.ScheduleSession(mediatorActor, seedClock, SessionAt(stage == MediationState.JointSessions ? now.AddDays(5) : seedClock.Now.AddDays(3)), 120),
                x => x.ReachAgreement(mediatorActor, seedClock, "De leverancier stelt de koelcel af en geeft 15% korting."),
                x => x.DraftAgreement(mediatorActor, seedClock, "Vaststellingsovereenkomst: afstelling binnen 10 dagen en 15% korting op de factuur."),
                x => x.Sign(webshopActor, seedClock),
                x => x.Sign(client, seedClock),
                x => x.Close(mediatorActor, seedClock),
            };
            foreach (var step in steps.Take(stepCount))
            {
                seedClock.Now += TimeSpan.FromDays(daysAgo / (stepCount + 1));
                await StepAsync(store, m, step, cancellationToken);
            }
        }

        foreach (var stage in new[] { BemiddelingState.Registered, BemiddelingState.ParticipantNotified, BemiddelingState.ResolvedDirectly, BemiddelingState.Escalated, BemiddelingState.Closed })
        {
            seedClock.Now = now - TimeSpan.FromDays(12);
            var b = Ok(await store.CreateAsync(Scheme.ConsumerBemiddeling, n => BemiddelingCase.Register(n,
                Party.Consumer(consumer.DisplayName, consumer.Id).Value, Party.Business(webshopName, webshop.Id, webshopOrg).Value,
                "Het bestelde fietsslot is na drie weken nog niet geleverd.", Act(consumer, Role.Consumer), seedClock), cancellationToken: cancellationToken));
            Func<BemiddelingCase, Result>[] steps = stage switch
            {
                BemiddelingState.Registered => [],
                BemiddelingState.Closed => [x => x.DeclareNotQualifying(deskActor, seedClock, "Het geschil gaat over een zakelijke aankoop (B1).")],
                _ => [x => x.Assess(deskActor, seedClock), x => x.NotifyParticipant(deskActor, seedClock)],
            };
            if (stage == BemiddelingState.ResolvedDirectly) steps = [.. steps, x => x.ResolveDirectly(deskActor, seedClock, "Het slot is alsnog geleverd.")];
            if (stage == BemiddelingState.Escalated) steps = [.. steps, x => x.Escalate(deskActor, seedClock, "De deelnemer reageert niet.")];
            foreach (var step in steps)
            {
                seedClock.Now += TimeSpan.FromDays(3);
                await StepAsync(store, b, step, cancellationToken);
            }
        }
        logger.LogInformation("Demo cases seeded: {BindingRulings} binding rulings, 5 mediations, 5 bemiddelingen", count);
    }

    /// <summary>The demo webshop's register entry: the account's organisation if the register linked it, else one by name only.</summary>
    private async Task<(Guid Id, string Name)> WebshopOrganisationAsync(AppUser webshop, CancellationToken cancellationToken)
    {
        if (webshop.OrganisationId is not { } id) return (await OrganisationIdAsync(DemoWebshopName, cancellationToken), DemoWebshopName);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var name = db.Model.FindEntityType(typeof(Organisation)) is null ? null
            : await db.Set<Organisation>().Where(o => o.Id == id).Select(o => o.LegalName).FirstOrDefaultAsync(cancellationToken);
        return (id, name ?? webshop.CompanyName ?? DemoWebshopName);
    }

    private async Task<Guid> OrganisationIdAsync(string legalName, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var found = db.Model.FindEntityType(typeof(Organisation)) is null ? Guid.Empty
            : await db.Set<Organisation>().Where(o => o.LegalName == legalName).Select(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        return found != Guid.Empty ? found : DeterministicGuid(legalName);
    }

    /// <summary>09:00 UTC (10:00 or 11:00 in Amsterdam) on that day.</summary>
    private static DateTimeOffset SessionAt(DateTimeOffset day) => new(day.UtcDateTime.Date.AddHours(9), TimeSpan.Zero);

    internal static Guid DeterministicGuid(string name) => new(MD5.HashData(Encoding.UTF8.GetBytes("adrdesk-demo:" + name)));

    private static Actor Act(AppUser user, Role role) => new(user.Id, user.DisplayName, role);

    private static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException($"Demo case: {result.Error!.Code}");

    private static async Task StepAsync<TCase>(CaseStore store, TCase @case, Func<TCase, Result> command, CancellationToken cancellationToken)
        where TCase : CaseBase
    {
        var version = @case.Version;
        var result = command(@case);
        if (result.IsFailure) throw new InvalidOperationException($"Demo case {@case.Number} ({@case.StateName}): {result.Error!.Code}");
        var saved = await store.SaveAsync(@case, version, cancellationToken: cancellationToken);
        if (saved.IsFailure) throw new InvalidOperationException($"Demo case {@case.Number}: {saved.Error!.Code}");
    }
}
