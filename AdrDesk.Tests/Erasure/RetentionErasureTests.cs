using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Admin.AuditCheck;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static AdrDesk.Tests.CaseFile.CaseFileWorld;

namespace AdrDesk.Tests.Erasure;

/// <summary>
/// Issue 19 item 7: every scheme's data is erased after its retention term (D24 for D; mediation and bemiddeling: 2 years,
/// docs/security.md "Retention"), by the same due work that erases binding-ruling cases, with the mails' .eml files on disk,
/// and the audit chain still verifies.
/// </summary>
public sealed class RetentionErasureTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private ServiceHost _host = default!;

    public async Task InitializeAsync() => _host = await ServiceHost.StartAsync(s => s.AddSingleton<TimeProvider>(_clock),
        new Dictionary<string, string?> { ["DueWork:Enabled"] = "false" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    private string[] EmlFiles => Directory.Exists(_host.OutboxFolder) ? Directory.GetFiles(_host.OutboxFolder, "*.eml") : [];

    /// <summary>A mail about the case, delivered as an .eml file to the outbox folder like every mail without SMTP.</summary>
    private async Task MailAboutAsync(CaseNumber number, string name, string text)
    {
        await using (var db = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
        {
            db.Add(OutboxMessage.Create("klant@test.example", name, "Uw aanvraag " + number, text, "nl", _clock.GetUtcNow(), number.ToString())
                .Attach("ontvangst.pdf", "application/pdf", "%PDF-1.7 Dorpsstraat 1"u8.ToArray()));
            await db.SaveChangesAsync();
        }
        await Get<OutboxDispatcher>().DeliverDueAsync(CancellationToken.None);
    }

    private async Task<CaseNumber> EndedMediationAsync()
    {
        var created = await Get<CaseStore>().CreateAsync(Scheme.B2BMediation, n => MediationCase.Request(n,
            Party.Business("Fietsenwinkel BV", Webshop.Id, ShopOrg).Value, Party.Business("Jansen Installatie", OtherShop.Id, OtherShopOrg).Value,
            Webshop.Actor, _clock));
        var number = created.Value.Number;
        Assert.True((await Get<CaseStore>().UpdateAsync<MediationCase>(number, m => m.Withdraw(Webshop.Actor, _clock))).IsSuccess);
        return number;
    }

    private async Task<CaseNumber> ClosedBemiddelingAsync()
    {
        var created = await Get<CaseStore>().CreateAsync(Scheme.ConsumerBemiddeling, n => BemiddelingCase.Register(n,
            Party.Consumer(Consumer.Name, Consumer.Id).Value, Party.Business("Fietsenwinkel BV", Webshop.Id, ShopOrg).Value,
            "Mijn fiets kwam kapot aan; ik woon Dorpsstraat 1.", Consumer.Actor, _clock));
        var number = created.Value.Number;
        Assert.True((await Get<CaseStore>().UpdateAsync<BemiddelingCase>(number, b => b.DeclareNotQualifying(CaseManager.Actor, _clock, "Geen klant van een deelnemer."))).IsSuccess);
        return number;
    }

    [Fact]
    public async Task A_withdrawn_mediation_is_erased_by_due_work_two_years_after_it_ended_with_its_eml_files_and_the_chain_verifies()
    {
        var number = await EndedMediationAsync();
        await MailAboutAsync(number, "Jansen Installatie", "Uw mediation is ingetrokken.");
        Assert.Single(EmlFiles);
        var dueWork = Get<DueWorkService>();

        _clock.Advance(TimeSpan.FromDays(365 * 2 - 2));
        Assert.Equal(0, await dueWork.RunOnceAsync()); // the term has not passed: nothing goes
        Assert.Single(EmlFiles);

        _clock.Advance(TimeSpan.FromDays(4)); // past the end of the term's last day (Europe/Amsterdam)
        Assert.Equal(1, await dueWork.RunOnceAsync());
        var files = await Get<ErasedCaseFiles>().RunOnceAsync();

        Assert.Equal(1, files.Cases);
        Assert.Empty(EmlFiles);
        await using var db = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var erased = await db.Set<MediationCase>().Include(c => c.Parties).SingleAsync(c => c.Number == number);
        Assert.Equal(MediationState.DataErased, erased.State);
        Assert.All(erased.Parties, p => Assert.Equal(PersonalDataEraser.Erased, p.Name));
        Assert.Equal("DataErased", (await db.Set<CaseSummary>().SingleAsync(s => s.Number == number.ToString())).State);
        Assert.False(await db.Set<OutboxMessage>().AnyAsync(m => m.CaseNumber == number.ToString()));
        var trail = await db.Set<AuditEntry>().Where(a => a.CaseNumber == number.ToString()).ToListAsync();
        Assert.DoesNotContain(trail, a => (a.Detail ?? "").Contains("Fietsenwinkel") || a.ActorName == Webshop.Name);
        Assert.Contains(trail, a => a.Action == AuditChain.PersonalDataErasedAction);
        var report = await Get<AuditChainCheck>().VerifyAllAsync();
        Assert.True(report.Ok, string.Join("\n", AdrDesk.AppSetup.VerifyAuditCommand.Lines(report)));
        Assert.Equal(0, await dueWork.RunOnceAsync()); // once
    }

    [Fact]
    public async Task A_closed_bemiddeling_is_erased_by_due_work_two_years_after_closing_with_its_eml_files_and_the_chain_verifies()
    {
        var number = await ClosedBemiddelingAsync();
        await MailAboutAsync(number, Consumer.Name, "Uw verzoek komt niet in aanmerking.");
        _clock.Advance(TimeSpan.FromDays(1));
        var other = await ClosedBemiddelingAsync();
        await MailAboutAsync(other, Consumer.Name, "Een ander verzoek.");
        Assert.Equal(2, EmlFiles.Length);
        var dueWork = Get<DueWorkService>();

        _clock.Advance(TimeSpan.FromDays(731)); // the first case's term has passed, the second's (closed a day later) not yet
        Assert.Equal(1, await dueWork.RunOnceAsync());
        await Get<ErasedCaseFiles>().RunOnceAsync();

        Assert.Single(EmlFiles); // the other case's mail stays
        await using var db = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var erased = await db.Set<BemiddelingCase>().Include(c => c.Parties).SingleAsync(c => c.Number == number);
        Assert.Equal(BemiddelingState.DataErased, erased.State);
        Assert.Equal("", erased.Description);
        Assert.Null(erased.Outcome);
        Assert.All(erased.Parties, p => Assert.Null(p.UserId));
        var summary = await db.Set<CaseSummary>().SingleAsync(s => s.Number == number.ToString());
        Assert.Null(summary.ConsumerName);
        Assert.Null(summary.ConsumerUserId);
        Assert.Equal(BemiddelingState.Closed, (await db.Set<BemiddelingCase>().SingleAsync(c => c.Number == other)).State);
        var report = await Get<AuditChainCheck>().VerifyAllAsync();
        Assert.True(report.Ok, string.Join("\n", AdrDesk.AppSetup.VerifyAuditCommand.Lines(report)));
    }

    [Fact]
    public async Task An_open_bemiddeling_or_mediation_is_never_erased()
    {
        var created = await Get<CaseStore>().CreateAsync(Scheme.ConsumerBemiddeling, n => BemiddelingCase.Register(n,
            Party.Consumer(Consumer.Name, Consumer.Id).Value, Party.Business("Fietsenwinkel BV", Webshop.Id, ShopOrg).Value,
            "Nog open.", Consumer.Actor, _clock));
        _clock.Advance(TimeSpan.FromDays(365 * 5));

        Assert.Equal(0, await Get<DueWorkService>().RunOnceAsync());
        var loaded = await Get<CaseStore>().LoadAsync<BemiddelingCase>(created.Value.Number);
        Assert.Equal(BemiddelingState.Registered, loaded.Value.State);
        Assert.True(loaded.Value.EraseData(Actor.System, _clock).IsFailure);
    }

    /// <summary>A case that ended before retention terms existed: its retention deadline was never written.</summary>
    private async Task ForgetRetentionAsync(string table, CaseNumber number)
    {
        await using var db = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var sql = table == "MediationDeadlines"
            ? """DELETE FROM "MediationDeadlines" WHERE "Kind" = 'Retention' AND "CaseId" IN (SELECT "Id" FROM "MediationCases" WHERE "Number" = {0})"""
            : """DELETE FROM "BemiddelingDeadlines" WHERE "Kind" = 'Retention' AND "CaseId" IN (SELECT "Id" FROM "BemiddelingCases" WHERE "Number" = {0})""";
        var removed = await db.Database.ExecuteSqlRawAsync(sql, number.ToString());
        Assert.Equal(1, removed);
    }

    [Fact]
    public async Task A_mediation_that_ended_before_retention_terms_existed_gets_its_term_once_from_when_it_ended_and_is_erased_after_it()
    {
        var endedAt = _clock.GetUtcNow();
        var number = await EndedMediationAsync();
        await ForgetRetentionAsync("MediationDeadlines", number);
        var dueWork = Get<DueWorkService>();

        _clock.Advance(TimeSpan.FromDays(365));
        Assert.Equal(1, await dueWork.RunOnceAsync()); // the term is started, not yet passed: nothing erased
        Assert.Equal(0, await dueWork.RunOnceAsync()); // once

        var loaded = (await Get<CaseStore>().LoadAsync<MediationCase>(number)).Value;
        Assert.Equal(MediationState.Withdrawn, loaded.State);
        var term = Assert.Single(loaded.Deadlines, d => d.Kind == DeadlineKind.Retention);
        Assert.Equal(endedAt, term.StartedAt); // counted from when it ended (its audit trail), not from today
        Assert.True(term.DueAt > endedAt.AddYears(2).AddDays(-2) && term.DueAt < endedAt.AddYears(2).AddDays(2));
        Assert.True(loaded.StartRetentionAfterTheFact(Actor.System, endedAt, _clock).IsFailure); // the domain refuses a second

        _clock.Advance(TimeSpan.FromDays(365 + 3));
        Assert.Equal(1, await dueWork.RunOnceAsync());
        await using var db = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        Assert.Equal(MediationState.DataErased, (await db.Set<MediationCase>().SingleAsync(c => c.Number == number)).State);
        var report = await Get<AuditChainCheck>().VerifyAllAsync();
        Assert.True(report.Ok, string.Join("\n", AdrDesk.AppSetup.VerifyAuditCommand.Lines(report)));
    }

    [Fact]
    public async Task A_bemiddeling_closed_more_than_two_years_before_retention_terms_existed_is_erased_in_the_first_round()
    {
        var number = await ClosedBemiddelingAsync();
        await ForgetRetentionAsync("BemiddelingDeadlines", number);
        var open = await Get<CaseStore>().CreateAsync(Scheme.ConsumerBemiddeling, n => BemiddelingCase.Register(n,
            Party.Consumer(Consumer.Name, Consumer.Id).Value, Party.Business("Fietsenwinkel BV", Webshop.Id, ShopOrg).Value,
            "Nog open.", Consumer.Actor, _clock));

        _clock.Advance(TimeSpan.FromDays(365 * 3));
        Assert.Equal(2, await Get<DueWorkService>().RunOnceAsync()); // its term started (from its closing) and, long passed, erased
        Assert.Equal(0, await Get<DueWorkService>().RunOnceAsync());

        await using var db = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        Assert.Equal(BemiddelingState.DataErased, (await db.Set<BemiddelingCase>().SingleAsync(c => c.Number == number)).State);
        var stillOpen = await db.Set<BemiddelingCase>().Include(c => c.Deadlines).SingleAsync(c => c.Number == open.Value.Number);
        Assert.Equal(BemiddelingState.Registered, stillOpen.State);
        Assert.DoesNotContain(stillOpen.Deadlines, d => d.Kind == DeadlineKind.Retention); // an open case gets no term
        var report = await Get<AuditChainCheck>().VerifyAllAsync();
        Assert.True(report.Ok, string.Join("\n", AdrDesk.AppSetup.VerifyAuditCommand.Lines(report)));
    }
}
