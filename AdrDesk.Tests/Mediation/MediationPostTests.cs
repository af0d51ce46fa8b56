using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.Mediation;
using AdrDesk.Features.Mediation.Agreement;
using AdrDesk.Features.Mediation.Files;
using AdrDesk.Features.Mediation.Post;
using AdrDesk.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AdrDesk.Tests.Mediation.MediationFilesTests;
using static AdrDesk.Tests.Mediation.MediationKit;
using DomainActor = AdrDesk.Domain.Common.Actor;
using DomainRole = AdrDesk.Domain.Common.Role;

namespace AdrDesk.Tests.Mediation;

/// <summary>
/// Issue 14 item 5 (D21 for M): the desk or the mediator records what a mediation party without an account sent by
/// post; each is that party's act through the party's own domain command, marked as post in the audit and timeline.
/// </summary>
public class MediationPostTests
{
    private static MediationPostService Post(MediationKit kit) => kit.Services.GetRequiredService<MediationPostService>();

    private static DateOnly Today(MediationKit kit) => AmsterdamCalendar.DateOf(kit.Clock.GetUtcNow());

    /// <summary>Filed online by the participant; the client organisation never makes an account. Mediator assigned.</summary>
    private static async Task<(string Number, Guid Client)> PaperClientMediationAsync(MediationKit kit)
    {
        var participant = Party.Business("Fietsenwinkel BV", kit.Participant.Id, Guid.NewGuid()).Value;
        var client = Party.Business("Klant op Papier BV", null, Guid.NewGuid()).Value;
        var created = await kit.Store.CreateAsync(Scheme.B2BMediation, n => MediationCase.Request(n, participant, client, kit.Participant.Actor, kit.Clock));
        Assert.True(created.IsSuccess, created.Error?.Code);
        var number = created.Value.Number;
        var staff = new DomainActor(kit.Staff.Id, kit.Staff.Name, DomainRole.CaseManager);
        Ok(await kit.Store.UpdateAsync<MediationCase>(number, c => c.StartEligibilityCheck(staff, kit.Clock)));
        Ok(await kit.Store.UpdateAsync<MediationCase>(number, c => c.AssignMediator(staff, kit.Clock, kit.Mediator.Id, kit.Mediator.Name, "Kantoor Smit, Oudegracht 12, Utrecht")));
        return (number.ToString(), client.Id);
    }

    private static async Task<MediationCase> LoadAsync(MediationKit kit, string number) =>
        (await kit.Store.LoadAsync<MediationCase>(CaseNumber.Parse(number).Value)).Value;

    private static Task<List<AuditEntry>> AuditAsync(MediationKit kit, string number, string action) =>
        kit.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.CaseNumber == number && a.Action == action).ToListAsync());

    /// <summary>Principles and position from post, then the participant online, exchanged: the state of a normal mediation.</summary>
    private static async Task<(string Number, Guid Client)> ExchangedAsync(MediationKit kit)
    {
        var (number, client) = await PaperClientMediationAsync(kit);
        Ok(await Post(kit).RecordAsync(kit.Staff.User, number, new MediationPostItem(client, MediationPostKind.Principles, Today(kit), null, Pdf("m2.pdf"))));
        Ok(await Post(kit).RecordAsync(kit.Mediator.User, number, new MediationPostItem(client, MediationPostKind.Position, Today(kit), "Ons standpunt per brief.", Pdf("standpunt.pdf"))));
        Ok(await kit.Mediations.AcknowledgeAsync(kit.Participant.User, number));
        Ok(await kit.Mediations.SubmitPositionAsync(kit.Participant.User, number, "Standpunt van de winkel."));
        Ok(await kit.Mediations.ExchangePositionsAsync(kit.Mediator.User, number));
        return (number, client);
    }

    [Fact, Trait("Rule", "M2"), Trait("Rule", "D21")]
    public async Task M2_Principles_confirmed_by_post_are_the_clients_acknowledgement_recorded_by_the_desk_with_the_scan()
    {
        await using var kit = await StartAsync();
        var (number, client) = await PaperClientMediationAsync(kit);
        var seen = new List<CaseEvent>();
        using var _ = kit.Services.GetRequiredService<ICaseEventBus>().Subscribe(number, e => { lock (seen) seen.Add(e); return Task.CompletedTask; });
        var received = Today(kit).AddDays(-1);

        Ok(await Post(kit).RecordAsync(kit.Staff.User, number, new MediationPostItem(client, MediationPostKind.Principles, received, null, Pdf("m2-brief.pdf"))));

        var c = await LoadAsync(kit, number);
        Assert.Contains(c.Acknowledgements, a => a.PartyId == client);
        var audit = Assert.Single(await AuditAsync(kit, number, "AcknowledgePrinciples"));
        Assert.Equal((kit.Staff.Id, DomainRole.CaseManager), (audit.ActorId, audit.Role)); // who recorded it
        Assert.Equal($"post:{received:yyyy-MM-dd}:Klant op Papier BV", audit.Detail); // for whom, and when it arrived
        Assert.Contains(seen, e => e.Kind == "AcknowledgePrinciples"); // the other side's open page reloads
        var letter = Assert.Single(Ok(await Post(kit).ListAsync(kit.Mediator.User, number)));
        Assert.Equal((MediationPostKind.Principles, received, "m2-brief.pdf", kit.Staff.Name), (letter.Kind, letter.ReceivedOn, letter.FileName, letter.RecordedByName));

        // Twice is refused as it would be online.
        Assert.IsType<AlreadyAcknowledged>((await Post(kit).RecordAsync(kit.Staff.User, number,
            new MediationPostItem(client, MediationPostKind.Principles, received, null, Pdf()))).Error);
    }

    [Fact, Trait("Rule", "M6"), Trait("Rule", "D21")]
    public async Task M6_A_position_by_post_is_the_clients_position_its_scan_is_exchanged_with_it_and_the_timeline_says_received_by_post()
    {
        await using var kit = await StartAsync();
        var (number, client) = await PaperClientMediationAsync(kit);
        // M2 first, as online.
        Assert.IsType<PrinciplesNotAcknowledged>((await Post(kit).RecordAsync(kit.Mediator.User, number,
            new MediationPostItem(client, MediationPostKind.Position, Today(kit), "Standpunt.", Pdf()))).Error);
        Assert.Empty(Ok(await Post(kit).ListAsync(kit.Mediator.User, number))); // nothing kept of the refused letter

        Ok(await Post(kit).RecordAsync(kit.Staff.User, number, new MediationPostItem(client, MediationPostKind.Principles, Today(kit), null, Pdf("m2.pdf"))));
        Ok(await Post(kit).RecordAsync(kit.Mediator.User, number, new MediationPostItem(client, MediationPostKind.Position, Today(kit), "Ons standpunt per brief.", Pdf("standpunt.pdf"))));
        Assert.Contains(await kit.OutboxAsync(), m => m.ToAddress == kit.Mediator.Email); // the mediator is told as for an online position

        // Before the exchange the participant reads neither the position nor its scan (M6).
        Assert.DoesNotContain(Ok(await kit.Mediations.GetAsync(kit.Participant.User, number)).Positions, p => p.PartyId == client);
        Assert.DoesNotContain(Ok(await kit.PositionDocuments.ListAsync(kit.Participant.User, number)), d => d.PartyId == client);

        Ok(await kit.Mediations.AcknowledgeAsync(kit.Participant.User, number));
        Ok(await kit.Mediations.SubmitPositionAsync(kit.Participant.User, number, "Standpunt van de winkel."));
        Assert.Equal(MediationState.PositionsCollected, (await LoadAsync(kit, number)).State); // the post position counted as one of both
        Ok(await kit.Mediations.ExchangePositionsAsync(kit.Mediator.User, number));

        var participantView = Ok(await kit.Mediations.GetAsync(kit.Participant.User, number));
        Assert.Contains(participantView.Positions, p => p.PartyId == client && p.Text == "Ons standpunt per brief.");
        Assert.Contains(Ok(await kit.PositionDocuments.ListAsync(kit.Participant.User, number)), d => d.PartyId == client && d.FileName == "standpunt.pdf");

        var audit = Assert.Single(await AuditAsync(kit, number, "SubmitPosition"));
        Assert.Equal(kit.Mediator.Id, audit.ActorId);
        Assert.StartsWith(PostReceipt.AuditPrefix, audit.Detail);

        var caseFile = kit.Services.GetRequiredService<CaseFileService>();
        var timeline = Ok(await caseFile.OpenAsync(kit.Participant.User, number)).Timeline;
        Assert.Contains(timeline, t => t.Kind == TimelineKind.Position && t.TitleArgs.Contains("Klant op Papier BV") && t.ReceivedByPostOn == Today(kit));
        Assert.Contains(timeline, t => t.Kind == TimelineKind.Position && t.TitleArgs.Contains("Fietsenwinkel BV") && t.ReceivedByPostOn is null);
        var deskTimeline = Ok(await caseFile.OpenAsync(kit.Staff.User, number)).Timeline;
        // The desk reads for whom the letter was recorded and who recorded it.
        Assert.Contains(deskTimeline, t => t.TitleKey == "Event.AcknowledgePrinciples" && t.ReceivedByPostOn == Today(kit)
            && t.Text == "Klant op Papier BV" && t.ActorName == kit.Staff.Name);
    }

    [Fact, Trait("Rule", "M6"), Trait("Rule", "D21")]
    public async Task D21_Post_needs_a_valid_scan_a_past_date_and_the_desk_or_the_cases_mediator_and_nothing_is_stored_when_refused()
    {
        await using var kit = await StartAsync();
        var (number, client) = await PaperClientMediationAsync(kit);
        MediationPostItem Item(MediationUpload? scan, DateOnly? on = null) => new(client, MediationPostKind.Principles, on ?? Today(kit), null, scan);

        Assert.IsType<PostScanRequired>((await Post(kit).RecordAsync(kit.Staff.User, number, Item(null))).Error);
        Assert.IsType<UploadTypeNotAllowed>((await Post(kit).RecordAsync(kit.Staff.User, number, Item(new MediationUpload("brief.docx", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])))).Error);
        Assert.IsType<UploadTypeNotAllowed>((await Post(kit).RecordAsync(kit.Staff.User, number,
            Item(new MediationUpload("brief.pdf", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0])))).Error); // an executable named .pdf
        var big = new byte[MediationFileStore.MaxBytes + 1];
        Pdf().Content.CopyTo(big, 0);
        Assert.IsType<UploadTooLarge>((await Post(kit).RecordAsync(kit.Staff.User, number, Item(new MediationUpload("groot.pdf", big)))).Error);
        Assert.IsType<PostDateInFuture>((await Post(kit).RecordAsync(kit.Staff.User, number, Item(Pdf(), Today(kit).AddDays(1)))).Error);
        Assert.IsType<MediationPostByDeskOrMediator>((await Post(kit).RecordAsync(kit.Participant.User, number, Item(Pdf()))).Error); // a party acts itself
        Assert.IsType<AdrDesk.Features.Cases.CaseNotFound>((await Post(kit).RecordAsync(kit.OtherMediator.User, number, Item(Pdf()))).Error); // not its case
        Assert.IsType<UnknownParty>((await Post(kit).RecordAsync(kit.Staff.User, number, Item(Pdf()) with { PartyId = Guid.NewGuid() })).Error);

        Assert.Empty(Ok(await Post(kit).ListAsync(kit.Staff.User, number)));
        Assert.Empty((await LoadAsync(kit, number)).Acknowledgements);
        Assert.Empty(await AuditAsync(kit, number, "AcknowledgePrinciples"));
        Assert.IsType<MediationPostByDeskOrMediator>((await Post(kit).ListAsync(kit.Participant.User, number)).Error);
    }

    [Fact, Trait("Rule", "M7"), Trait("Rule", "D21")]
    public async Task M7_A_slot_accepted_by_post_with_the_other_partys_online_acceptance_confirms_the_session()
    {
        await using var kit = await StartAsync();
        var (number, client) = await ExchangedAsync(kit);
        var (office, room, _) = await kit.OfficeAsync();
        Ok(await kit.Scheduling.ProposeAsync(kit.Mediator.User, number, office, room, [Slot(2026, 3, 10, 10), Slot(2026, 3, 11, 10)]));
        var slots = Ok(await kit.Scheduling.ListAsync(kit.Mediator.User, number));

        Assert.IsType<ReasonRequired>((await Post(kit).RecordAsync(kit.Staff.User, number,
            new MediationPostItem(client, MediationPostKind.SlotAnswer, Today(kit), " ", Pdf(), slots[1].Id, Accept: false))).Error);
        Ok(await Post(kit).RecordAsync(kit.Staff.User, number,
            new MediationPostItem(client, MediationPostKind.SlotAnswer, Today(kit), null, Pdf("akkoord-10-maart.pdf"), slots[0].Id)));
        Ok(await kit.Scheduling.RespondAsync(kit.Participant.User, number, slots[0].Id, true, null));

        Assert.Equal(MediationState.JointSessions, (await LoadAsync(kit, number)).State);
        var session = Ok(await kit.Scheduling.ListAsync(kit.Participant.User, number)).Single(s => s.Id == slots[0].Id);
        Assert.Equal(AdrDesk.Features.Mediation.Scheduling.AppointmentStatus.Confirmed, session.Status);
        Assert.Contains(session.Responses, r => r.PartyId == client && r.Accepted);
        var audit = Assert.Single(await AuditAsync(kit, number, "AcceptSlot"), a => a.ActorId == kit.Staff.Id);
        Assert.StartsWith($"post:{Today(kit):yyyy-MM-dd}:Klant op Papier BV", audit.Detail);
        Assert.Contains(Ok(await Post(kit).ListAsync(kit.Staff.User, number)), l => l.Kind == MediationPostKind.SlotAnswer && l.FileName == "akkoord-10-maart.pdf");
    }

    [Fact, Trait("Rule", "M9"), Trait("Rule", "D21")]
    public async Task M9_A_hand_signed_agreement_by_post_is_the_clients_signature_and_with_the_participants_the_agreement_is_final_and_closed()
    {
        await using var kit = await StartAsync();
        var (number, client) = await ExchangedAsync(kit);
        var (office, room, _) = await kit.OfficeAsync();
        Ok(await kit.Scheduling.ProposeAsync(kit.Mediator.User, number, office, room, [Slot(2026, 3, 10, 10)]));
        var slot = Ok(await kit.Scheduling.ListAsync(kit.Mediator.User, number))[0].Id;
        Ok(await Post(kit).RecordAsync(kit.Staff.User, number, new MediationPostItem(client, MediationPostKind.SlotAnswer, Today(kit), null, Pdf(), slot)));
        Ok(await kit.Scheduling.RespondAsync(kit.Participant.User, number, slot, true, null));
        kit.Clock.SetUtcNow(Slot(2026, 3, 10, 13).Start);
        Ok(await kit.Agreements.RecordOutcomeAsync(kit.Mediator.User, number, AgreementKind.Agreed, "Partijen zijn het eens."));
        Ok(await kit.Agreements.DraftAsync(kit.Mediator.User, number, new DraftInput("De levering van 40 fietsen.", "Fietsenwinkel BV betaalt € 1.250,00.", "Utrecht")));

        Ok(await Post(kit).RecordAsync(kit.Mediator.User, number,
            new MediationPostItem(client, MediationPostKind.SignedAgreement, Today(kit), null, Pdf("getekend-per-post.pdf"))));
        Assert.IsType<AlreadySigned>((await Post(kit).RecordAsync(kit.Staff.User, number,
            new MediationPostItem(client, MediationPostKind.SignedAgreement, Today(kit), null, Pdf()))).Error);
        var view = Ok(await kit.Agreements.GetAsync(kit.Mediator.User, number));
        var signature = Assert.Single(view.Signatures);
        Assert.Equal(client, signature.PartyId);
        Assert.Contains(view.Scans, s => s.PartyId == client && s.Status == ScanStatus.Accepted && s.FileName == "getekend-per-post.pdf");

        Ok(await kit.Agreements.SignAsync(kit.Participant.User, number, 1, kit.Participant.Name, "10.0.0.1"));
        Assert.Equal(MediationState.Closed, (await LoadAsync(kit, number)).State);
        Assert.NotNull(Ok(await kit.Agreements.GetAsync(kit.Participant.User, number)).Signed);
        var sign = Assert.Single(await AuditAsync(kit, number, "Sign"));
        Assert.Equal((kit.Mediator.Id, $"post:{Today(kit):yyyy-MM-dd}:Klant op Papier BV"), (sign.ActorId, sign.Detail));
    }

    /// <summary>Bemiddeling registered by the consumer against a participant that takes part on paper; assessed and notified.</summary>
    private static async Task<(string Number, Guid Consumer, Guid Participant)> NotifiedBemiddelingAsync(MediationKit kit)
    {
        var consumer = Party.Consumer("Sanne de Vries", kit.Consumer.Id).Value;
        var participant = Party.Business("Papieren Winkel BV", null, Guid.NewGuid()).Value;
        var created = await kit.Store.CreateAsync(Scheme.ConsumerBemiddeling,
            n => AdrDesk.Domain.Bemiddeling.BemiddelingCase.Register(n, consumer, participant, "De fiets is niet geleverd.", kit.Consumer.Actor, kit.Clock));
        Assert.True(created.IsSuccess, created.Error?.Code);
        var number = created.Value.Number.ToString();
        var service = kit.Services.GetRequiredService<AdrDesk.Features.Mediation.Bemiddeling.BemiddelingService>();
        Ok(await service.AssessAsync(kit.Staff.User, number));
        Ok(await service.NotifyParticipantAsync(kit.Staff.User, number));
        return (number, consumer.Id, participant.Id);
    }

    [Fact, Trait("Rule", "B3"), Trait("Rule", "D21")]
    public async Task B3_The_participants_letter_that_it_solved_the_dispute_directly_is_recorded_by_the_desk_as_its_act()
    {
        await using var kit = await StartAsync();
        var service = kit.Services.GetRequiredService<AdrDesk.Features.Mediation.Bemiddeling.BemiddelingService>();
        var (number, _, participant) = await NotifiedBemiddelingAsync(kit);
        var item = new AdrDesk.Features.Mediation.Bemiddeling.BemiddelingPostItem(participant, MediationPostKind.ResolvedDirectly, Today(kit), "Nieuwe fiets geleverd.", Pdf("opgelost.pdf"));

        Assert.IsType<AdrDesk.Features.Cases.DeskStaffOnly>((await service.RecordPostAsync(kit.Consumer.User, number, item)).Error);
        Assert.IsType<PostScanRequired>((await service.RecordPostAsync(kit.Staff.User, number, item with { Scan = null })).Error);
        Assert.IsType<UploadTypeNotAllowed>((await service.RecordPostAsync(kit.Staff.User, number, item with { Scan = new MediationUpload("brief.txt", [1, 2, 3, 4, 5, 6, 7, 8, 9]) })).Error);
        Assert.Empty(Ok(await service.PostLettersAsync(kit.Staff.User, number)));

        Ok(await service.RecordPostAsync(kit.Staff.User, number, item));
        var view = Ok(await service.GetAsync(kit.Consumer.User, number));
        Assert.Equal((AdrDesk.Domain.Bemiddeling.BemiddelingState.ResolvedDirectly, "Nieuwe fiets geleverd."), (view.State, view.Outcome));
        var audit = Assert.Single(await AuditAsync(kit, number, "ResolveDirectly"));
        Assert.Equal(kit.Staff.Id, audit.ActorId);
        Assert.StartsWith($"post:{Today(kit):yyyy-MM-dd}:Papieren Winkel BV", audit.Detail);
        Assert.Contains(await kit.OutboxAsync(), m => m.ToAddress == kit.Consumer.Email && m.Subject.Contains("direct opgelost")); // the other side is told
        Assert.Equal("opgelost.pdf", Assert.Single(Ok(await service.PostLettersAsync(kit.Staff.User, number))).FileName);
        var timeline = Ok(await kit.Services.GetRequiredService<CaseFileService>().OpenAsync(kit.Consumer.User, number)).Timeline;
        Assert.Contains(timeline, t => t.TitleKey == "Event.ResolveDirectly" && t.ReceivedByPostOn == Today(kit));
    }

    [Fact, Trait("Rule", "B3"), Trait("Rule", "D21")]
    public async Task B3_Only_the_consumer_escalates_so_an_escalation_letter_is_recorded_for_the_consumer_only()
    {
        await using var kit = await StartAsync();
        var service = kit.Services.GetRequiredService<AdrDesk.Features.Mediation.Bemiddeling.BemiddelingService>();
        var (number, consumer, participant) = await NotifiedBemiddelingAsync(kit);
        AdrDesk.Features.Mediation.Bemiddeling.BemiddelingPostItem Item(Guid party) => new(party, MediationPostKind.Escalation, Today(kit), "Er is niets opgelost.", Pdf("escalatie.pdf"));

        Assert.IsAssignableFrom<RoleNotAllowed>((await service.RecordPostAsync(kit.Staff.User, number, Item(participant))).Error);
        Ok(await service.RecordPostAsync(kit.Staff.User, number, Item(consumer)));
        Assert.Equal(AdrDesk.Domain.Bemiddeling.BemiddelingState.Escalated, Ok(await service.GetAsync(kit.Staff.User, number)).State);
        Assert.StartsWith($"post:{Today(kit):yyyy-MM-dd}:Sanne de Vries", Assert.Single(await AuditAsync(kit, number, "Escalate")).Detail);
    }
}
