using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using AppRoles = AdrDesk.Security.Roles;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.CaseFile;

/// <summary>Someone in the case-file tests: an account in the database and the principal a circuit would carry.</summary>
public sealed record Person(string Key, Guid Id, string Name, string Email, string Role, Guid? Organisation = null)
{
    public ClaimsPrincipal Principal
    {
        get
        {
            var claims = new List<Claim>
            {
                new(ClaimTypes.NameIdentifier, Id.ToString()), new(AdrDesk.Infrastructure.Identity.AppClaimsPrincipalFactory.ConfirmedClaim, "true"), new(AppClaimsPrincipalFactory.DisplayNameClaim, Name),
                new(ClaimTypes.Name, Email), new(ClaimTypes.Email, Email), new(ClaimTypes.Role, Role),
            };
            if (Organisation is { } org) claims.Add(new Claim(AppClaimsPrincipalFactory.OrganisationClaim, org.ToString()));
            return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
        }
    }

    public Actor Actor => new(Id, Name, Role switch
    {
        AppRoles.Consumer => global::AdrDesk.Domain.Common.Role.Consumer,
        AppRoles.Business => global::AdrDesk.Domain.Common.Role.Business,
        AppRoles.Assessor => global::AdrDesk.Domain.Common.Role.Assessor,
        AppRoles.Admin => global::AdrDesk.Domain.Common.Role.Admin,
        AppRoles.Mediator => global::AdrDesk.Domain.Common.Role.Mediator,
        _ => global::AdrDesk.Domain.Common.Role.CaseManager,
    });

    public override string ToString() => Key;
}

/// <summary>
/// AdrDesk's services over a fresh database (no Kestrel) with the people of the case-file tests as real
/// accounts, and binding-ruling cases driven through the store to any state. Shared by a test class.
/// </summary>
public sealed class CaseFileWorld : IAsyncLifetime
{
    public static readonly Guid ShopOrg = Guid.Parse("00000000-0000-0000-0000-0000000006f1");
    public static readonly Guid OtherShopOrg = Guid.Parse("00000000-0000-0000-0000-0000000006f2");

    public static readonly Person Consumer = new("consumer", Guid.NewGuid(), "Sanne de Vries", "sanne@test.example", AppRoles.Consumer);
    public static readonly Person Webshop = new("webshop", Guid.NewGuid(), "Mark Jansen", "mark@shop.example", AppRoles.Business, ShopOrg);
    public static readonly Person Colleague = new("colleague", Guid.NewGuid(), "Petra Jansen", "petra@shop.example", AppRoles.Business, ShopOrg);
    public static readonly Person Adviser = new("representative", Guid.NewGuid(), "Jan Raad", "jan@raad.example", AppRoles.Consumer);
    public static readonly Person Assessor = new("assessor", Guid.NewGuid(), "mr. Eva Bakker", "eva@desk.example", AppRoles.Assessor);
    public static readonly Person OtherAssessor = new("other-assessor", Guid.NewGuid(), "mr. Daan Mulder", "daan@desk.example", AppRoles.Assessor);
    public static readonly Person Mediator = new("mediator", Guid.NewGuid(), "Pieter Smit", "pieter@desk.example", AppRoles.Mediator);
    public static readonly Person CaseManager = new("casemanager", Guid.NewGuid(), "Lotte Visser", "lotte@desk.example", AppRoles.CaseManager);
    public static readonly Person Admin = new("admin", Guid.NewGuid(), "Ruben de Boer", "ruben@desk.example", AppRoles.Admin);
    public static readonly Person Stranger = new("stranger", Guid.NewGuid(), "Iemand Anders", "iemand@test.example", AppRoles.Consumer);
    public static readonly Person OtherShop = new("other-webshop", Guid.NewGuid(), "Andere Shop", "info@andere.example", AppRoles.Business, OtherShopOrg);

    public static readonly IReadOnlyList<Person> Everyone =
        [Consumer, Webshop, Colleague, Adviser, Assessor, OtherAssessor, Mediator, CaseManager, Admin, Stranger, OtherShop];

    public static Person ByKey(string key) => Everyone.Single(p => p.Key == key);

    private ServiceHost? _host;

    /// <summary>Further configuration for the host (e.g. the upload quota), set before <see cref="InitializeAsync"/>.</summary>
    public IDictionary<string, string?>? Settings { get; init; }

    public IServiceProvider Services => _host!.Services;
    public CaseStore Store => Services.GetRequiredService<CaseStore>();
    public CaseFileService CaseFile => Services.GetRequiredService<CaseFileService>();
    public TimeProvider Clock => Services.GetRequiredService<TimeProvider>();

    public async Task InitializeAsync()
    {
        _host = await ServiceHost.StartAsync(settings: Settings);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var p in Everyone)
        {
            var user = new AppUser
            {
                Id = p.Id, UserName = p.Email, Email = p.Email, DisplayName = p.Name, EmailConfirmed = true, OrganisationId = p.Organisation,
                PreferredLanguage = "nl", CreatedAt = DateTimeOffset.UtcNow,
            };
            Assert.True((await users.CreateAsync(user, AppHost.TestPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, p.Role)).Succeeded);
        }
    }

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }

    public AdrDbContext Db() => Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContext();

    /// <summary>
    /// A case of <see cref="Consumer"/> against <see cref="Webshop"/> (or, for <paramref name="own"/> false,
    /// of <see cref="Stranger"/> against <see cref="OtherShop"/> with <see cref="OtherAssessor"/>), driven to <paramref name="target"/>.
    /// </summary>
    public async Task<string> NewCaseAsync(S target, bool own = true, bool represented = false, bool paperWebshop = false, Language language = Language.Nl)
    {
        var (consumer, shop, org, assessor) = own ? (Consumer, Webshop, ShopOrg, Assessor) : (Stranger, OtherShop, OtherShopOrg, OtherAssessor);
        var created = await Store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n,
            Party.Consumer(consumer.Name, consumer.Id).Value, Party.Business(shop.Name == Webshop.Name ? "Fietsenwinkel BV" : "Andere Shop BV", shop.Id, org).Value,
            PartyRole.Consumer, Language.Nl, language, FilingChannel.Online, consumer.Actor, Clock));
        Assert.True(created.IsSuccess, created.Error?.Code);
        var number = created.Value.Number;
        if (represented)
            await Step(number, c => c.SetRepresentative(consumer.Actor, Clock, c.Consumer.Id, new Representative(Adviser.Name, "adviseur", Adviser.Email) { UserId = Adviser.Id }));
        if (paperWebshop)
            await Step(number, c => c.RequestPaperProcedure(shop.Actor, Clock, c.Webshop.Id));
        await Step(number, c => c.Submit(consumer.Actor, Clock, acceptsBindingRuling: true));
        var order = new (S State, Func<BindingRulingCase, Result> Command)[]
        {
            (S.Filed, c => c.StartScreening(CaseManager.Actor, Clock)),
            (S.Screening, c => c.AssignPanel(CaseManager.Actor, Clock, [new PanelMember(assessor.Id, assessor.Name, true)])),
            (S.Screening, c => c.Forward(assessor.Actor, Clock)),
            (S.ForwardedToRespondent, c => c.RecordResponse(shop.Actor, Clock, "Wij betwisten de klacht.")),
            (S.SettlementAttempt, c => c.FailSettlement(assessor.Actor, Clock, "Partijen komen niet tot elkaar.")),
            (S.InformationGathering, c => c.DeclareDossierComplete(assessor.Actor, Clock)),
            (S.DossierComplete, c => c.StartRulingPreparation(assessor.Actor, Clock)),
        };
        foreach (var (state, command) in order)
        {
            var current = (await Store.LoadAsync<BindingRulingCase>(number)).Value.State;
            if (current == target) break;
            Assert.Equal(state, current);
            await Step(number, command);
        }
        Assert.Equal(target, (await Store.LoadAsync<BindingRulingCase>(number)).Value.State);
        return number.ToString();
    }

    public async Task Step(CaseNumber number, Func<BindingRulingCase, Result> command)
    {
        var result = await Store.UpdateAsync(number, command);
        Assert.True(result.IsSuccess, result.Error?.Code);
    }

    public async Task<BindingRulingCase> LoadAsync(string number) => (await Store.LoadAsync<BindingRulingCase>(CaseNumber.Parse(number).Value)).Value;

    public static UploadedFile Pdf(string name = "pakbon.pdf", int size = 2000) =>
        new(name, "application/pdf", [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[size]]);
}
