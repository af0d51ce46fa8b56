using Microsoft.Extensions.Time.Testing;
using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Resources;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using AppRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Workbench;

/// <summary>A person of a workbench test: the account in the database and the principal the services get.</summary>
public sealed record Person(Guid Id, string Name, string Email, string Role, ClaimsPrincipal Principal, Guid? OrganisationId = null)
{
    public Actor Actor => new(Id, Name, Role switch
    {
        AppRoles.Consumer => AdrDesk.Domain.Common.Role.Consumer,
        AppRoles.Business => AdrDesk.Domain.Common.Role.Business,
        AppRoles.Assessor => AdrDesk.Domain.Common.Role.Assessor,
        AppRoles.Admin => AdrDesk.Domain.Common.Role.Admin,
        _ => AdrDesk.Domain.Common.Role.CaseManager,
    });
}

/// <summary>
/// AdrDesk's services over a fresh SQLite file (ServiceHost) with a hand-moved clock, a subscribed
/// webshop in the register and the people of a binding-ruling case: consumer, webshop user, desk,
/// four assessors. Cases are made through the CaseStore and domain commands.
/// </summary>
public sealed class WorkbenchKit : IAsyncDisposable
{
    private WorkbenchKit(ServiceHost host, FakeTimeProvider clock) { Host = host; Clock = clock; }

    public ServiceHost Host { get; }
    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => Host.Services;
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();
    public CaseStore Store => Get<CaseStore>();

    public Organisation Webshop { get; private set; } = default!;
    public Person Consumer { get; private set; } = default!;
    public Person Shop { get; private set; } = default!;
    public Person Desk { get; private set; } = default!;
    public Person A1 { get; private set; } = default!;
    public Person A2 { get; private set; } = default!;
    public Person A3 { get; private set; } = default!;
    public Person Outsider { get; private set; } = default!;

    public static async Task<WorkbenchKit> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var host = await ServiceHost.StartAsync(s => s.AddSingleton<TimeProvider>(clock), settings);
        var kit = new WorkbenchKit(host, clock);
        await kit.SeedAsync();
        return kit;
    }

    private async Task SeedAsync()
    {
        Webshop = TestRegister.Webshop();
        var factory = Get<IDbContextFactory<AdrDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Add(Webshop);
            await db.SaveChangesAsync();
        }
        Consumer = await PersonAsync("Sanne de Vries", AppRoles.Consumer);
        Shop = await PersonAsync("Fietsenwinkel BV", AppRoles.Business, Webshop.Id);
        Desk = await PersonAsync("Eva Jansen", AppRoles.CaseManager);
        A1 = await PersonAsync("mr. P. Bakker", AppRoles.Assessor);
        A2 = await PersonAsync("mr. K. Smit", AppRoles.Assessor);
        A3 = await PersonAsync("mr. L. Visser", AppRoles.Assessor);
        Outsider = await PersonAsync("mr. O. Buiten", AppRoles.Assessor);
    }

    public async Task<Person> PersonAsync(string name, string role, Guid? organisationId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{Guid.NewGuid():N}"[..10] + "@test.adrdesk.nl";
        var user = new AppUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, OrganisationId = organisationId, CreatedAt = Clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(user, AppHost.TestPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()), new(AdrDesk.Infrastructure.Identity.AppClaimsPrincipalFactory.ConfirmedClaim, "true"), new(ClaimTypes.Name, email), new(ClaimTypes.Email, email),
            new(ClaimTypes.Role, role), new(AppClaimsPrincipalFactory.DisplayNameClaim, name),
        };
        if (organisationId is { } org) claims.Add(new Claim(AppClaimsPrincipalFactory.OrganisationClaim, org.ToString()));
        return new Person(user.Id, name, email, role, new ClaimsPrincipal(new ClaimsIdentity(claims, "test")), organisationId);
    }

    /// <summary>A consumer's filing, submitted: the refusal term runs (Directive art. 5(4)).</summary>
    public async Task<BindingRulingCase> FiledCaseAsync(decimal claim = 480m)
    {
        var consumer = Party.Consumer(Consumer.Name, Consumer.Id).Value;
        var webshop = Party.Business(Shop.Name, Shop.Id, Webshop.Id).Value;
        var created = await Store.CreateAsync(Scheme.BindingRuling,
            n => BindingRulingCase.Draft(n, consumer, webshop, PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, Consumer.Actor, Clock),
            amountClaimed: Money.Euros(claim));
        Assert.True(created.IsSuccess, created.Error?.Code);
        await StepAsync(created.Value, c => c.Submit(Consumer.Actor, Clock, acceptsBindingRuling: true));
        return created.Value;
    }

    public async Task StepAsync(BindingRulingCase c, Func<BindingRulingCase, Result> command)
    {
        var version = c.Version;
        var result = command(c);
        Assert.True(result.IsSuccess, result.Error?.Code);
        var saved = await Store.SaveAsync(c, version);
        Assert.True(saved.IsSuccess, saved.Error?.Code);
    }

    public async Task<BindingRulingCase> LoadAsync(BindingRulingCase c) => (await Store.LoadAsync<BindingRulingCase>(c.Number)).Value;

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

public static class ResultAssert
{
    public static void Ok(Result r) => Assert.True(r.IsSuccess, r.Error?.Code + ": " + r.Error?.Message(Language.En));
    public static T Ok<T>(Result<T> r) { Assert.True(r.IsSuccess, r.Error?.Code + ": " + r.Error?.Message(Language.En)); return r.Value; }
    public static TError Fails<TError>(Result r) where TError : DomainError => Assert.IsType<TError>(r.Error);
    public static TError Fails<TError, T>(Result<T> r) where TError : DomainError => Assert.IsType<TError>(r.Error);
}
