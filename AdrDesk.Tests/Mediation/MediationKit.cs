using Microsoft.Extensions.Time.Testing;
using System.Security.Claims;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Mediation;
using AdrDesk.Features.Mediation.Agreement;
using AdrDesk.Features.Mediation.Scheduling;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Security;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DomainActor = AdrDesk.Domain.Common.Actor;
using DomainRole = AdrDesk.Domain.Common.Role;

namespace AdrDesk.Tests.Mediation;

/// <summary>
/// AdrDesk's real services over a fresh SQLite file (ServiceHost), a hand-moved clock, and three people with
/// accounts: the mediator and one user per business party. <see cref="NewMediationAsync"/> brings a
/// mediation to "mediator assigned" through the domain commands, saved by the CaseStore.
/// </summary>
public sealed class MediationKit : IAsyncDisposable
{
    private MediationKit(ServiceHost host, FakeTimeProvider clock)
    {
        Host = host;
        Clock = clock;
    }

    public ServiceHost Host { get; }
    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => Host.Services;
    public MediationService Mediations => Services.GetRequiredService<MediationService>();
    public SchedulingService Scheduling => Services.GetRequiredService<SchedulingService>();
    public AgreementService Agreements => Services.GetRequiredService<AgreementService>();
    public CaseStore Store => Services.GetRequiredService<CaseStore>();
    public AdrDesk.Features.Mediation.Files.PositionDocumentService PositionDocuments => Services.GetRequiredService<AdrDesk.Features.Mediation.Files.PositionDocumentService>();
    public SignedScanService Scans => Services.GetRequiredService<SignedScanService>();
    public IntroductionService Introductions => Services.GetRequiredService<IntroductionService>();

    public Person Mediator { get; } = new(Guid.NewGuid(), "Pieter Smit", Roles.Mediator, "mediator@test.adrdesk.nl");
    public Person OtherMediator { get; } = new(Guid.NewGuid(), "Anna Groen", Roles.Mediator, "mediator2@test.adrdesk.nl");
    public Person Participant { get; } = new(Guid.NewGuid(), "Mark Jansen", Roles.Business, "mark@fietsenwinkel.test");
    public Person Client { get; } = new(Guid.NewGuid(), "Ilse de Klant", Roles.Business, "ilse@klant.test");
    public Person Stranger { get; } = new(Guid.NewGuid(), "Iemand Anders", Roles.Business, "iemand@anders.test");
    public Person Staff { get; } = new(Guid.NewGuid(), "Lotte Visser", Roles.CaseManager, "balie@test.adrdesk.nl");
    public Person Consumer { get; } = new(Guid.NewGuid(), "Sanne de Vries", Roles.Consumer, "sanne@test.nl");

    /// <summary>Monday 2 March 2026, 09:00 Amsterdam.</summary>
    public static DateTimeOffset Start => AmsterdamTime.Instant(new DateTime(2026, 3, 2, 9, 0, 0));

    /// <param name="settings">Further configuration (e.g. the upload quota).</param>
    public static async Task<MediationKit> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(Start);
        var all = new Dictionary<string, string?> { ["Mediation:RemindersEnabled"] = "false", ["DueWork:Enabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var host = await ServiceHost.StartAsync(s => s.AddSingleton<TimeProvider>(clock), all);
        var kit = new MediationKit(host, clock);
        await using var db = await kit.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        foreach (var p in new[] { kit.Mediator, kit.OtherMediator, kit.Participant, kit.Client, kit.Stranger, kit.Staff, kit.Consumer })
        {
            db.Users.Add(new AppUser
            {
                Id = p.Id, UserName = p.Email, NormalizedUserName = p.Email.ToUpperInvariant(), Email = p.Email, NormalizedEmail = p.Email.ToUpperInvariant(),
                DisplayName = p.Name, EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString(), CreatedAt = clock.GetUtcNow(),
            });
        }
        await db.SaveChangesAsync();
        return kit;
    }

    /// <summary>Requested by the participant, checked and assigned to <see cref="Mediator"/> by staff.</summary>
    public async Task<string> NewMediationAsync(Person? mediator = null)
    {
        mediator ??= Mediator;
        var participant = Party.Business("Fietsenwinkel BV", Participant.Id, Guid.NewGuid()).Value;
        var client = Party.Business("Klant BV", Client.Id, Guid.NewGuid()).Value;
        var created = await Store.CreateAsync(Scheme.B2BMediation, n => MediationCase.Request(n, participant, client, Participant.Actor, Clock));
        Assert.True(created.IsSuccess, created.Error?.Code);
        var number = created.Value.Number;
        var staff = new DomainActor(Staff.Id, Staff.Name, DomainRole.CaseManager);
        Ok(await Store.UpdateAsync<MediationCase>(number, c => c.StartEligibilityCheck(staff, Clock)));
        Ok(await Store.UpdateAsync<MediationCase>(number, c => c.AssignMediator(staff, Clock, mediator.Id, mediator.Name, "Kantoor Smit, Oudegracht 12, 3511 AB Utrecht")));
        return number.ToString();
    }

    /// <summary>Both parties acknowledged (M2) and gave their position, and the mediator exchanged them (M6).</summary>
    public async Task<string> ExchangedMediationAsync()
    {
        var number = await NewMediationAsync();
        foreach (var party in new[] { Participant, Client })
        {
            Ok(await Mediations.AcknowledgeAsync(party.User, number));
            Ok(await Mediations.SubmitPositionAsync(party.User, number, $"Standpunt van {party.Name}"));
        }
        Ok(await Mediations.ExchangePositionsAsync(Mediator.User, number));
        return number;
    }

    /// <summary>An office with two rooms for <paramref name="mediator"/>; returns (office, room 1, room 2).</summary>
    public async Task<(Guid Office, Guid Room1, Guid Room2)> OfficeAsync(Person? mediator = null)
    {
        mediator ??= Mediator;
        var added = await Scheduling.AddOfficeAsync(mediator.User, new OfficeInput("Kantoor Smit", "Oudegracht 12", "3511 AB", "Utrecht", "Spreekkamer 1, Spreekkamer 2"));
        Assert.True(added.IsSuccess, added.Error?.Code);
        var view = await Scheduling.AvailabilityAsync(mediator.User);
        var office = view.Offices.Single(o => o.Id == added.Value);
        return (office.Id, office.Rooms.Single(r => r.Name == "Spreekkamer 1").Id, office.Rooms.Single(r => r.Name == "Spreekkamer 2").Id);
    }

    public static SlotInput Slot(int year, int month, int day, int hour, int minutes = 120) =>
        new(AmsterdamTime.Instant(new DateTime(year, month, day, hour, 0, 0)), AmsterdamTime.Instant(new DateTime(year, month, day, hour, 0, 0)).AddMinutes(minutes));

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().Include(m => m.Attachments).ToListAsync();
    }

    public async Task<T> WithDbAsync<T>(Func<AdrDbContext, Task<T>> read)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    public static void Ok(AdrDesk.Domain.Common.Result result) => Assert.True(result.IsSuccess, result.Error?.Code);

    public static T Ok<T>(AdrDesk.Domain.Common.Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

public sealed record Person(Guid Id, string Name, string Role, string Email)
{
    public ClaimsPrincipal User => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, Id.ToString()), new Claim(AdrDesk.Infrastructure.Identity.AppClaimsPrincipalFactory.ConfirmedClaim, "true"), new Claim(ClaimTypes.Name, Email), new Claim(ClaimTypes.Email, Email),
        new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, Name), new Claim(ClaimTypes.Role, Role),
    ], "test"));

    public DomainActor Actor => new(Id, Name, Role switch
    {
        Roles.Mediator => DomainRole.Mediator,
        Roles.CaseManager => DomainRole.CaseManager,
        Roles.Consumer => DomainRole.Consumer,
        _ => DomainRole.Business,
    });
}
