using Microsoft.Extensions.Time.Testing;
using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Register;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Resources;
using AdrDesk.Tests.Support;
using SecurityRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Register;

/// <summary>A register service over a fresh migrated SQLite file, and principals in each role.</summary>
public sealed class RegisterFixture : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    private RegisterFixture(TestDatabase database)
    {
        Database = database;
        Service = new RegisterService(database.Factory, Clock);
    }

    public TestDatabase Database { get; }
    public FakeTimeProvider Clock { get; } = AmsterdamClock.At(Today.Year, Today.Month, Today.Day, 12);
    public RegisterService Service { get; }

    public static ClaimsPrincipal CaseManager { get; } = Principal("Lotte Visser", SecurityRoles.CaseManager);
    public static ClaimsPrincipal Admin { get; } = Principal("Ruben de Boer", SecurityRoles.Admin);
    public static ClaimsPrincipal Consumer { get; } = Principal("Sanne de Vries", SecurityRoles.Consumer);
    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    public static async Task<RegisterFixture> CreateAsync() => new(await TestDatabase.CreateAsync());

    /// <summary>Registers an active webshop, subscribed from <paramref name="subscribedFrom"/> (default: a year ago).</summary>
    public async Task<Guid> WebshopAsync(
        string name, string kvk, string web, DateOnly? subscribedFrom = null, bool noSubscription = false,
        bool b2bTerms = false)
    {
        var id = await Service.RegisterOrganisationAsync(CaseManager, new NewOrganisation(
            name, kvk, "NL", [web], "Keurmerk Eerlijk Online", b2bTerms, b2bTerms,
            noSubscription ? null : subscribedFrom ?? Today.AddYears(-1)) { Contact = ContactOf(web) });
        Assert.True(id.IsSuccess, id.Error?.Message(Language.En));
        return id.Value;
    }

    /// <summary>Issue 14: an affiliated webshop is reachable; the dispute address is at the webshop's own host.</summary>
    public static ContactInput ContactOf(string web) =>
        new($"geschillen@{new Uri(web).Host.Replace("www.", "", StringComparison.Ordinal)}", "Stationsplein 12", "3511 ED", "Utrecht", "NL", "Klantenservice", "030 123 45 67");

    public static ClaimsPrincipal Principal(string name, string role) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(AdrDesk.Infrastructure.Identity.AppClaimsPrincipalFactory.ConfirmedClaim, "true"),
        new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, name),
        new Claim(ClaimTypes.Role, role),
    ], "test"));

    public ValueTask DisposeAsync()
    {
        Database.Dispose();
        return ValueTask.CompletedTask;
    }
}
