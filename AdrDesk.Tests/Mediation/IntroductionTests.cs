using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Mediation;
using AdrDesk.Tests.Documents;
using Microsoft.EntityFrameworkCore;
using static AdrDesk.Tests.Mediation.MediationKit;
using DomainActor = AdrDesk.Domain.Common.Actor;
using DomainRole = AdrDesk.Domain.Common.Role;

namespace AdrDesk.Tests.Mediation;

/// <summary>M4: the mediator introduces the mediation to both parties with the MediationInvitation letter.</summary>
public class IntroductionTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    [Trait("Rule", "M4")]
    [Trait("Rule", "M2")]
    public async Task M4_The_introduction_letter_is_issued_as_a_PDF_per_party_and_mailed_with_the_M2_principles()
    {
        await using var kit = await StartAsync();
        var number = await kit.NewMediationAsync();
        Assert.IsType<NotAllowedInMediation>((await kit.Introductions.IntroduceAsync(kit.Participant.User, number)).Error);
        Ok(await kit.Introductions.IntroduceAsync(kit.Mediator.User, number));
        Assert.IsType<AlreadyIntroduced>((await kit.Introductions.IntroduceAsync(kit.Mediator.User, number)).Error);

        var letters = Ok(await kit.Introductions.ListAsync(kit.Mediator.User, number));
        Assert.Equal(["Fietsenwinkel BV", "Klant BV"], letters.Select(l => l.PartyName).Order());
        Assert.All(letters, l => Assert.Equal("Mail", l.Channel));
        Assert.NotNull(Ok(await kit.Mediations.GetAsync(kit.Client.User, number)).IntroducedAt);

        var mine = Assert.Single(Ok(await kit.Introductions.ListAsync(kit.Client.User, number)));
        var other = letters.Single(l => l.PartyId != mine.PartyId);
        Assert.IsType<MediationFileNotFound>((await kit.Introductions.OpenAsync(kit.Client.User, number, other.DocumentId)).Error);
        var pdf = Ok(await kit.Introductions.OpenAsync(kit.Client.User, number, mine.DocumentId));
        Assert.Equal("application/pdf", pdf.ContentType);
        var raw = await Poppler.TextAsync(pdf.Content);
        output.WriteLine(raw); // the letter as a reader gets it
        var text = Squash(raw);
        Assert.Contains("Introductie van uw mediation", text);
        Assert.Contains(number, text);
        Assert.Contains("Klant BV", text); // the addressee
        Assert.Contains("Fietsenwinkel BV", text); // the other party
        Assert.Contains("Pieter Smit", text); // the mediator
        Assert.Contains("Oudegracht 12", text); // M5: the office
        // M2: voluntary, neutral, and the confidentiality duty of everyone present.
        Assert.Contains("U neemt vrijwillig deel", text);
        Assert.Contains("De mediator is neutraal", text);
        Assert.Contains("Iedereen die aanwezig is, heeft een geheimhoudingsplicht", text);
        Assert.Contains("vaststellingsovereenkomst", text); // M9

        var mails = (await kit.OutboxAsync()).Where(m => m.Subject.Contains("introductie van uw mediation")).ToList();
        Assert.Equal([kit.Client.Email, kit.Participant.Email], mails.Select(m => m.ToAddress).Order());
        Assert.All(mails, m => Assert.EndsWith(".pdf", Assert.Single(m.Attachments).FileName));
        var audit = await kit.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.CaseNumber == number && a.Action == "IntroduceMediation").ToListAsync());
        Assert.Equal(kit.Mediator.Name, Assert.Single(audit).ActorName);
    }

    [Fact]
    [Trait("Rule", "M4")]
    public async Task M4_A_party_without_an_account_gets_the_letter_through_the_print_queue()
    {
        await using var kit = await StartAsync();
        var participant = Party.Business("Fietsenwinkel BV", kit.Participant.Id, Guid.NewGuid()).Value;
        var client = Party.Business("Papieren Klant BV", null, Guid.NewGuid()).Value;
        var created = await kit.Store.CreateAsync(Scheme.B2BMediation, n => MediationCase.Request(n, participant, client, kit.Participant.Actor, kit.Clock));
        var number = created.Value.Number;
        var staff = new DomainActor(kit.Staff.Id, kit.Staff.Name, DomainRole.CaseManager);
        Ok(await kit.Store.UpdateAsync<MediationCase>(number, c => c.StartEligibilityCheck(staff, kit.Clock)));
        Ok(await kit.Store.UpdateAsync<MediationCase>(number, c => c.AssignMediator(staff, kit.Clock, kit.Mediator.Id, kit.Mediator.Name, "Kantoor Smit, Oudegracht 12, 3511 AB Utrecht")));

        Ok(await kit.Introductions.IntroduceAsync(kit.Mediator.User, number.ToString()));
        var letters = Ok(await kit.Introductions.ListAsync(kit.Mediator.User, number.ToString()));
        Assert.Equal("Print", letters.Single(l => l.PartyName == "Papieren Klant BV").Channel);
        Assert.Equal("Mail", letters.Single(l => l.PartyName == "Fietsenwinkel BV").Channel);
        var queued = Assert.Single(await kit.WithDbAsync(db => db.Set<PrintQueueEntry>().Where(p => p.CaseNumber == number.ToString()).ToListAsync()));
        Assert.Equal("Papieren Klant BV", queued.RecipientName);
        Assert.Contains("Introductie van uw mediation", queued.Subject);
        Assert.DoesNotContain(await kit.OutboxAsync(), m => m.ToName.Contains("Papieren"));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
}
