using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Resources;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AdrDesk.Tests.Cases.CaseFixtures;

namespace AdrDesk.Tests.Cases;

public sealed class CaseStoreTests
{
    [Fact]
    public async Task A_binding_ruling_case_with_every_child_collection_loads_as_it_was_saved()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var saved = await RichBindingRulingAsync(kit.Store, kit.Clock);

        var loaded = (await kit.Store.LoadAsync<BindingRulingCase>(saved.Number)).Value;

        Assert.Equal(BindingRulingState.CompliancePeriod, loaded.State);
        Assert.Equal(4, loaded.PanelHistory.Count);
        Assert.Single(loaded.Challenges);
        Assert.Single(loaded.ConflictDeclarations);
        Assert.Equal(3, loaded.Submissions.Count);
        Assert.Single(loaded.InformationRequests);
        Assert.Single(loaded.StaffDecisions);
        Assert.NotNull(loaded.Ruling);
        Assert.NotNull(loaded.Deposit);
        Assert.NotNull(loaded.SettlementAttempt);
        Assert.NotNull(loaded.Consumer.Representative);
        Assert.True(loaded.Webshop.PaperProcedure);
        Assert.Equal(Json(saved), Json(loaded));
    }

    [Fact]
    public async Task Refusal_reasons_round_trip()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await NewBindingRulingAsync(kit.Store, kit.Clock);
        await StepAsync(kit.Store, c, x => x.Submit(Actors.Consumer, kit.Clock, true));
        await StepAsync(kit.Store, c, x => x.StartScreening(Actors.CaseManager, kit.Clock));
        await StepAsync(kit.Store, c, x => x.Refuse(Actors.CaseManager, kit.Clock,
            [new RefusalReason("D25b", "Gering gebrek."), new RefusalReason("D25c", "Al bij de rechter geweest.")]));

        var loaded = (await kit.Store.LoadAsync<BindingRulingCase>(c.Number)).Value;

        Assert.Equal(["D25b", "D25c"], loaded.RefusalReasons.Select(r => r.RuleId).Order());
        Assert.Equal(Json(c), Json(loaded));
    }

    [Fact]
    public async Task A_mediation_with_positions_sessions_and_signatures_loads_as_it_was_saved()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var clock = kit.Clock;
        var m = await NewMediationAsync(kit.Store, clock);
        await StepAsync(kit.Store, m, x => x.StartEligibilityCheck(Actors.CaseManager, clock));
        await StepAsync(kit.Store, m, x => x.AssignMediator(Actors.CaseManager, clock, Actors.Mediator.UserId, Actors.Mediator.DisplayName, "Keizersgracht 1, Amsterdam"));
        await StepAsync(kit.Store, m, x => x.AcknowledgePrinciples(Actors.Webshop, clock));
        await StepAsync(kit.Store, m, x => x.AcknowledgePrinciples(Actors.Client, clock));
        await StepAsync(kit.Store, m, x => x.SubmitPosition(Actors.Webshop, clock, "Wij leverden volgens contract."));
        await StepAsync(kit.Store, m, x => x.SubmitPosition(Actors.Client, clock, "De levering was te laat."));
        await StepAsync(kit.Store, m, x => x.ExchangePositions(Actors.Mediator, clock));
        await StepAsync(kit.Store, m, x => x.ScheduleSession(Actors.Mediator, clock, clock.GetUtcNow().AddDays(7), 90));
        await StepAsync(kit.Store, m, x => x.ReachAgreement(Actors.Mediator, clock, "Korting van 10%."));
        await StepAsync(kit.Store, m, x => x.DraftAgreement(Actors.Mediator, clock, "Vaststellingsovereenkomst: korting van 10%."));
        await StepAsync(kit.Store, m, x => x.Sign(Actors.Webshop, clock));

        var loaded = (await kit.Store.LoadAsync<MediationCase>(m.Number)).Value;

        Assert.Equal(MediationState.AgreementDrafted, loaded.State);
        Assert.Equal(2, loaded.PositionsVisibleTo(Actors.Mediator).Count());
        Assert.Equal(
            m.PositionsVisibleTo(Actors.Mediator).Select(p => (p.PartyId, p.Text)).Order(),
            loaded.PositionsVisibleTo(Actors.Mediator).Select(p => (p.PartyId, p.Text)).Order());
        Assert.Equal(Json(m), Json(loaded));

        // The other party signs on the reloaded aggregate: the saved positions stay, one signature is added.
        await StepAsync(kit.Store, loaded, x => x.Sign(Actors.Client, clock));
        var signed = (await kit.Store.LoadAsync<MediationCase>(m.Number)).Value;
        Assert.Equal(MediationState.SignedByBoth, signed.State);
        Assert.Equal(2, signed.Signatures.Count);
        Assert.Equal(2, signed.PositionsVisibleTo(Actors.Mediator).Count());
    }

    [Fact]
    public async Task A_bemiddeling_loads_as_it_was_saved()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var b = await NewBemiddelingAsync(kit.Store, kit.Clock);
        await StepAsync(kit.Store, b, x => x.Assess(Actors.CaseManager, kit.Clock));
        await StepAsync(kit.Store, b, x => x.NotifyParticipant(Actors.CaseManager, kit.Clock));
        await StepAsync(kit.Store, b, x => x.ResolveDirectly(Actors.CaseManager, kit.Clock, "Fiets alsnog geleverd."));

        var loaded = (await kit.Store.LoadAsync<BemiddelingCase>(b.Number)).Value;

        Assert.Equal(BemiddelingState.ResolvedDirectly, loaded.State);
        Assert.Equal(Json(b), Json(loaded));
    }

    [Fact]
    public async Task An_unknown_number_or_a_number_of_another_scheme_is_CaseNotFound()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await NewBindingRulingAsync(kit.Store, kit.Clock);

        Assert.IsType<CaseNotFound>((await kit.Store.LoadAsync<BindingRulingCase>(CaseNumber.Create(Scheme.BindingRuling, 2026, 999).Value)).Error);
        Assert.IsType<CaseNotFound>((await kit.Store.LoadAsync<MediationCase>(c.Number)).Error);
    }

    [Fact]
    public async Task Numbers_are_unique_and_sequential_per_scheme_and_year_under_8_parallel_creators()
    {
        await using var kit = await CaseTestKit.CreateAsync();

        var created = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var numbers = new List<CaseNumber>();
            for (var i = 0; i < 10; i++) numbers.Add((await NewBindingRulingAsync(kit.Store, kit.Clock)).Number);
            numbers.Add(await kit.Store.AllocateNumberAsync(Scheme.B2BMediation, 2026));
            return numbers;
        })));

        var rulings = created.SelectMany(n => n).Where(n => n.Scheme == Scheme.BindingRuling).Select(n => n.Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 80), rulings);
        var mediations = created.SelectMany(n => n).Where(n => n.Scheme == Scheme.B2BMediation).Select(n => n.Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 8), mediations);
        Assert.Equal(1, (await kit.Store.AllocateNumberAsync(Scheme.BindingRuling, 2027)).Sequence);
        Assert.Equal("DD-2026-000081", (await kit.Store.AllocateNumberAsync(Scheme.BindingRuling, 2026)).ToString());
    }

    [Fact]
    public async Task A_failing_factory_writes_nothing_and_does_not_use_up_the_number()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var failed = await kit.Store.CreateAsync<BindingRulingCase>(Scheme.BindingRuling, _ => new TextRequired("name"));
        Assert.IsType<TextRequired>(failed.Error);

        var c = await NewBindingRulingAsync(kit.Store, kit.Clock);
        Assert.Equal(1, c.Number.Sequence);
    }

    [Fact]
    public async Task Second_of_two_concurrent_saves_gets_CaseChangedBySomeoneElse_and_changes_nothing()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await NewBindingRulingAsync(kit.Store, kit.Clock);
        await StepAsync(kit.Store, c, x => x.Submit(Actors.Consumer, kit.Clock, true));
        await StepAsync(kit.Store, c, x => x.StartScreening(Actors.CaseManager, kit.Clock));
        var first = (await kit.Store.LoadAsync<BindingRulingCase>(c.Number)).Value;
        var second = (await kit.Store.LoadAsync<BindingRulingCase>(c.Number)).Value;
        var loadedVersion = first.Version;
        var auditBefore = await CountAsync<AuditEntry>(kit);
        while (kit.Bus.Published.TryDequeue(out _)) { }

        Assert.True(first.RequestSubscription(Actors.CaseManager, kit.Clock).IsSuccess);
        Assert.True((await kit.Store.SaveAsync(first, loadedVersion)).IsSuccess);
        Assert.True(second.RequestConsent(Actors.CaseManager, kit.Clock).IsFailure); // consumer filed: no consent
        Assert.True(second.Refuse(Actors.CaseManager, kit.Clock, [new RefusalReason("D25b", "Gering.")]).IsSuccess);
        var mail = OutboxMessage.Create("x@example.nl", "X", "Geweigerd", "Tekst", "nl", kit.Clock.GetUtcNow(), second.Number.ToString());
        var conflict = await kit.Store.SaveAsync(second, loadedVersion, db => db.Add(mail));

        var error = Assert.IsType<CaseChangedBySomeoneElse>(conflict.Error);
        Assert.StartsWith("Deze zaak is intussen door iemand anders gewijzigd.", error.Message(Language.Nl));
        var stored = (await kit.Store.LoadAsync<BindingRulingCase>(c.Number)).Value;
        Assert.Equal(BindingRulingState.AwaitingSubscription, stored.State);
        Assert.Empty(stored.RefusalReasons);
        Assert.Equal(loadedVersion + 1, stored.Version);
        // The winner's RequestSubscription and the screening term it pauses (issue 18: D26's term waits with the case).
        Assert.Equal(auditBefore + 2, await CountAsync<AuditEntry>(kit));
        Assert.Equal(0, await CountAsync<OutboxMessage>(kit));
        Assert.Single(kit.Bus.Published); // only the first save's event
        Assert.NotEmpty(second.PendingEvents); // the loser keeps its pending work for the retry
        await using var db = kit.Database.CreateDbContext();
        Assert.Equal("AwaitingSubscription", (await db.Set<CaseSummary>().SingleAsync()).State);
    }

    [Fact]
    public async Task Audit_entries_events_summary_and_mail_are_written_with_the_case_and_events_published_after_commit()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await NewBindingRulingAsync(kit.Store, kit.Clock);
        var seenInDatabase = new List<string>();
        kit.Bus.Probe = async e =>
        {
            await using var db = kit.Database.CreateDbContext();
            seenInDatabase.Add((await db.Set<CaseSummary>().SingleAsync(s => s.Number == e.Number.ToString())).State);
        };
        var mail = OutboxMessage.Create("consument@example.nl", "Sanne", "Ingediend", "Uw geschil is ingediend.", "nl", kit.Clock.GetUtcNow(), c.Number.ToString());
        var woken = kit.Outbox.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        var version = c.Version;
        Assert.True(c.Submit(Actors.Consumer, kit.Clock, true).IsSuccess);
        var pendingAudit = c.PendingAudit.Select(a => a.Id).ToList();
        Assert.True((await kit.Store.SaveAsync(c, version, db => db.Add(mail))).IsSuccess);

        Assert.Equal(["Filed"], seenInDatabase); // the subscriber re-read and saw the committed change
        Assert.Empty(c.PendingAudit);
        Assert.Empty(c.PendingEvents);
        await using var check = kit.Database.CreateDbContext();
        var audit = await check.Set<AuditEntry>().Where(a => a.CaseId == c.Id).Select(a => a.Id).ToListAsync();
        Assert.Superset(pendingAudit.ToHashSet(), audit.ToHashSet());
        Assert.Equal(1, await check.Set<OutboxMessage>().CountAsync(m => m.CaseNumber == c.Number.ToString()));
        await woken; // the dispatcher was woken (it would otherwise wait 5 s)
        var summary = await check.Set<CaseSummary>().SingleAsync();
        Assert.Equal(("Filed", 1), (summary.State, summary.Version));
        Assert.NotNull(summary.NextDeadlineAt); // the 3-week refusal term (Directive art. 5(4))
        Assert.Equal(DeadlineKind.Refusal, summary.NextDeadlineKind);
    }

    [Fact]
    public async Task A_save_that_fails_writes_no_audit_entries()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await NewBindingRulingAsync(kit.Store, kit.Clock);
        var before = await CountAsync<AuditEntry>(kit);
        var version = c.Version;
        Assert.True(c.Submit(Actors.Consumer, kit.Clock, true).IsSuccess);

        // Mail without a subject violates NOT NULL: the whole transaction fails, audit included.
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => kit.Store.SaveAsync(c, version, db => db.Add(
            OutboxMessage.Create("x@example.nl", "X", "S", "T", "nl", kit.Clock.GetUtcNow())).Property(m => m.Subject).CurrentValue = null!));

        Assert.Equal(before, await CountAsync<AuditEntry>(kit));
        Assert.Equal(BindingRulingState.Draft, (await kit.Store.LoadAsync<BindingRulingCase>(c.Number)).Value.State);
        Assert.DoesNotContain(kit.Bus.Published, e => e.Kind == "Submit");
    }

    [Theory]
    [InlineData("UPDATE \"AuditTrail\" SET \"Detail\" = 'x'")]
    [InlineData("DELETE FROM \"AuditTrail\"")]
    public async Task The_audit_trail_refuses_update_and_delete_in_the_database(string sql)
    {
        await using var kit = await CaseTestKit.CreateAsync();
        await NewBindingRulingAsync(kit.Store, kit.Clock);
        using var connection = kit.Database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;

        var error = Assert.ThrowsAny<System.Data.Common.DbException>(() => command.ExecuteNonQuery());
        Assert.Contains("append-only", error.Message);
        Assert.Equal(1, await CountAsync<AuditEntry>(kit));
    }

    [Fact]
    public async Task The_summary_and_participants_follow_the_case()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await RichBindingRulingAsync(kit.Store, kit.Clock);

        await using var db = kit.Database.CreateDbContext();
        var s = await db.Set<CaseSummary>().SingleAsync(x => x.CaseId == c.Id);
        Assert.Equal((c.Number.ToString(), "CompliancePeriod", c.Version), (s.Number, s.State, s.Version));
        Assert.Equal((Actors.Consumer.UserId, Actors.Webshop.UserId, WebshopOrganisationId), (s.ConsumerUserId, s.BusinessUserId, s.OrganisationId));
        Assert.Equal((Actors.Assessor.UserId, "Fietsenwinkel BV"), (s.AssessorId, s.WebshopName));
        Assert.Equal(1234.56m, s.AmountClaimed);
        Assert.Equal(Language.Nl, s.ProcedureLanguage);
        Assert.Equal(c.OpenDeadline(DeadlineKind.Compliance)!.DueAt, s.NextDeadlineAt);
        var participants = await db.Set<CaseParticipant>().Where(p => p.CaseId == c.Id).ToListAsync();
        Assert.Equal(
            new[] { Actors.Assessor.UserId, Actors.Assessor3.UserId, Replacement.AssessorId }.Order(),
            participants.Where(p => p.Relation == CaseRelation.Assessor).Select(p => p.UserId!.Value).Order());
        Assert.Contains(participants, p => p.Relation == CaseRelation.Representative && p.Email == "JAN@RAAD.EXAMPLE");
    }

    private static async Task<int> CountAsync<T>(CaseTestKit kit) where T : class
    {
        await using var db = kit.Database.CreateDbContext();
        return await db.Set<T>().CountAsync();
    }
}
