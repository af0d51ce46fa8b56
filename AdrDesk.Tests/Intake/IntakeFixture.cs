using Microsoft.Extensions.Time.Testing;
using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Intake;

/// <summary>The app's services over a fresh SQLite file with a settable clock, one subscribed and one lapsed webshop.</summary>
public sealed class IntakeFixture : IAsyncDisposable
{
    private IntakeFixture(ServiceHost host, FakeTimeProvider clock)
    {
        Host = host;
        Clock = clock;
    }

    public ServiceHost Host { get; }
    public FakeTimeProvider Clock { get; }
    public Organisation Webshop { get; private set; } = default!;
    public Organisation Lapsed { get; private set; } = default!;
    public IServiceProvider Services => Host.Services;

    /// <param name="settings">Further configuration (e.g. the upload quota).</param>
    public static async Task<IntakeFixture> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.Zero));
        var folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", "uploads-" + Guid.NewGuid().ToString("N")[..8]);
        var host = await ServiceHost.StartAsync(s => s.AddSingleton<TimeProvider>(clock), new Dictionary<string, string?>
        {
            ["Uploads:StorePath"] = folder,
            ["Uploads:MaxFileBytes"] = "1048576",
            ["Documents:StorePath"] = folder + "-documents",
        }.Concat(settings ?? new Dictionary<string, string?>()).ToDictionary());
        var fixture = new IntakeFixture(host, clock);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        fixture.Webshop = TestRegister.Webshop();
        fixture.Lapsed = Organisation.Register("Speelgoed Lapsed B.V.", KvkNumber.Create("99887766").Value, CountryCode.Netherlands, ["https://kinderkamer.example"],
            new DateOnly(2020, 1, 1), certificationMark: null, usesSchemeB2BTerms: false, isSchemeParticipant: true).Value;
        fixture.Lapsed.AddSubscription(new DateOnly(2020, 1, 1), new DateOnly(2026, 6, 30));
        db.Organisations.AddRange(fixture.Webshop, fixture.Lapsed);
        await db.SaveChangesAsync();
        return fixture;
    }

    public DateOnly Today => AmsterdamCalendar.DateOf(Clock.GetUtcNow());

    public T Get<T>() where T : notnull => Host.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public static ClaimsPrincipal Principal(string role, Guid? id = null, Guid? organisation = null, string name = "Sanne de Vries")
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, (id ?? Guid.NewGuid()).ToString()), new(AdrDesk.Infrastructure.Identity.AppClaimsPrincipalFactory.ConfirmedClaim, "true"), new(ClaimTypes.Role, role),
            new(AppClaimsPrincipalFactory.DisplayNameClaim, name), new(ClaimTypes.Name, name),
        };
        if (organisation is { } org) claims.Add(new(AppClaimsPrincipalFactory.OrganisationClaim, org.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    public static ClaimsPrincipal Consumer(Guid? id = null) => Principal(SecurityRoles.Consumer, id);
    public static ClaimsPrincipal CaseManager() => Principal(SecurityRoles.CaseManager, name: "Lotte Visser");

    /// <summary>A complete, eligible binding-ruling intake against <paramref name="webshop"/>.</summary>
    public IntakeForm EligibleForm(Organisation webshop) => new()
    {
        Scheme = Scheme.BindingRuling, ClaimantIsConsumer = true, Name = "Sanne de Vries", Email = "sanne@test.adrdesk.nl",
        Street = "Kerkstraat 1", PostalCode = "1234 AB", City = "Utrecht", Country = "NL",
        WebshopId = webshop.Id, WebshopName = webshop.LegalName, PurchasedOnline = true, OrderDate = Today.AddDays(-40),
        Product = "Racefiets Vento 3", ProductValue = 899.00m, ShippingCosts = 25m, OrderNumber = "FW-2026-1001",
        ComplainedToWebshop = true, FirstReported = Today.AddDays(-30), ReplyReceived = false, Complaint = "Het frame is gescheurd.",
        Remedy = "Geld terug", ClaimTotal = 924.00m, AcceptsBindingRuling = true, AcceptsDataSharing = true,
    };

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
