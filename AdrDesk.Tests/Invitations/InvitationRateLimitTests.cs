using System.Security.Claims;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.Cases.Invitations;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using SecurityRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Invitations;

/// <summary>Issue 19 item 2: invitations (sent or resent) are limited per account, each account on its own.</summary>
public sealed class InvitationRateLimitTests : IAsyncLifetime
{
    private ServiceHost _host = default!;

    public async Task InitializeAsync() =>
        _host = await ServiceHost.StartAsync(settings: new Dictionary<string, string?> { ["Security:Throttle:InvitationsPerAccountPerHour"] = "2" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static ClaimsPrincipal Person(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(AppClaimsPrincipalFactory.ConfirmedClaim, "true"), new Claim(ClaimTypes.Role, role)], "test"));

    [Fact, Trait("Rule", "D12")]
    public async Task D12_the_desk_resends_only_so_many_invitations_an_hour_per_account()
    {
        var invitations = _host.Services.GetRequiredService<PartyInvitations>();
        var desk = Person(SecurityRoles.CaseManager);

        // The first two pass the limit (and fail on the unknown case); the third is refused by the limit itself.
        Assert.IsNotType<TooManyInvitations>((await invitations.ResendAsync(desk, "BA-2026-00001", Guid.NewGuid())).Error);
        Assert.IsNotType<TooManyInvitations>((await invitations.ResendAsync(desk, "BA-2026-00001", Guid.NewGuid())).Error);
        Assert.IsType<TooManyInvitations>((await invitations.ResendAsync(desk, "BA-2026-00001", Guid.NewGuid())).Error);
        // Another account has its own allowance.
        Assert.IsNotType<TooManyInvitations>((await invitations.ResendAsync(Person(SecurityRoles.CaseManager), "BA-2026-00001", Guid.NewGuid())).Error);
    }

    [Fact, Trait("Rule", "D7")]
    public async Task D7_a_party_invites_only_so_many_representatives_an_hour()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<CaseFileService>();
        var consumer = Person(SecurityRoles.Consumer);
        for (var i = 0; i < 2; i++)
            Assert.IsNotType<TooManyInvitations>((await cases.InviteRepresentativeAsync(consumer, "BA-2026-00001", "jurist@x.example", "Jurist", "advocaat")).Error);
        Assert.IsType<TooManyInvitations>((await cases.InviteRepresentativeAsync(consumer, "BA-2026-00001", "jurist@x.example", "Jurist", "advocaat")).Error);
    }
}
