using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Mediation;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Mediation;

/// <summary>
/// Bug found by journey b (issue 14 item 7b): a B2B mediation request filed online could never get a mediator: no service
/// or screen took it into the eligibility check and assigned one (only the demo data and the tests did, through the domain).
/// </summary>
public sealed class MediatorAssignmentTests
{
    [Fact, Trait("Rule", "M2"), Trait("Rule", "M4"), Trait("Rule", "M10")]
    public async Task M2_M10_The_desk_assigns_a_mediator_to_a_request_and_the_change_is_audited()
    {
        await using var kit = await MediationKit.StartAsync();
        await using (var scope = kit.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.AddToRoleAsync((await users.FindByIdAsync(kit.Mediator.Id.ToString()))!, Roles.Mediator)).Succeeded);
        }
        var participant = Party.Business("Fietsenwinkel BV", kit.Participant.Id, Guid.NewGuid()).Value;
        var client = Party.Business("Klant BV", kit.Client.Id, Guid.NewGuid()).Value;
        var number = MediationKit.Ok(await kit.Store.CreateAsync(Scheme.B2BMediation, n => MediationCase.Request(n, participant, client, kit.Participant.Actor, kit.Clock))).Number.ToString();

        // Only the desk lists and assigns mediators; a party or a mediator may not.
        Assert.Empty(await kit.Mediations.MediatorsAsync(kit.Participant.User));
        var choice = Assert.Single(await kit.Mediations.MediatorsAsync(kit.Staff.User));
        Assert.Equal(kit.Mediator.Id, choice.Id);
        Assert.True((await kit.Mediations.AssignMediatorAsync(kit.Participant.User, number, kit.Mediator.Id, "Kantoor Smit")).IsFailure);
        Assert.IsType<MediatorNotFound>((await kit.Mediations.AssignMediatorAsync(kit.Staff.User, number, kit.Stranger.Id, "Kantoor Smit")).Error);

        MediationKit.Ok(await kit.Mediations.AssignMediatorAsync(kit.Staff.User, number, kit.Mediator.Id, "Kantoor Smit, Oudegracht 12, 3511 AB Utrecht"));

        var c = MediationKit.Ok(await kit.Store.LoadAsync<MediationCase>(CaseNumber.Parse(number).Value));
        Assert.Equal(MediationState.MediatorAssigned, c.State);
        Assert.Equal(kit.Mediator.Id, c.MediatorId);
        Assert.Equal("Kantoor Smit, Oudegracht 12, 3511 AB Utrecht", c.MediatorOffice);
        var actions = await kit.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.CaseNumber == number && a.ActorId == kit.Staff.Id).Select(a => a.Action).ToListAsync());
        Assert.Contains("StartEligibilityCheck", actions);
        Assert.Contains("AssignMediator", actions);
        // The mediator sees it on the dashboard.
        Assert.Contains(await kit.Mediations.ListAsync(kit.Mediator.User), m => m.Number == number);
    }
}
