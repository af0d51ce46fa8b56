using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Admin.AuditCheck;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Cases.DataRights;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Tests.CaseFile;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using AppRoles = AdrDesk.Security.Roles;
using static AdrDesk.Tests.CaseFile.CaseFileWorld;

namespace AdrDesk.Tests.Erasure;

/// <summary>
/// Issue 19 item 7 (GDPR art. 17): a person deletes their account only when no case of theirs is open, confirmed with the
/// password; the desk's admin erases a person on request. What stays in closed cases keeps its audit entries with the personal
/// text replaced by the neutral marker, followed by the erasure's own entry, and the audit chain still verifies.
/// </summary>
public sealed class PersonErasureTests : IAsyncLifetime
{
    private const string Password = "Erase-2026-test";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private ServiceHost _host = default!;

    public async Task InitializeAsync() => _host = await ServiceHost.StartAsync(s => s.AddSingleton<TimeProvider>(_clock),
        new Dictionary<string, string?> { ["DueWork:Enabled"] = "false" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    private string[] EmlFiles => Directory.Exists(_host.OutboxFolder) ? Directory.GetFiles(_host.OutboxFolder, "*.eml") : [];

    /// <summary>A new person, never linked to anything: a confirmed consumer account with a password.</summary>
    private async Task<Person> NewPersonAsync(string name, string email)
    {
        var user = new AppUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = _clock.GetUtcNow() };
        var created = await Get<AccountScopes>().RunAsync(async users =>
        {
            var made = await users.CreateAsync(user, Password);
            return made.Succeeded ? await users.AddToRoleAsync(user, AppRoles.Consumer) : made;
        });
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        return new Person(email, user.Id, name, email, AppRoles.Consumer);
    }

    private async Task<CaseNumber> BemiddelingOfAsync(Person person, string description)
    {
        var created = await Get<CaseStore>().CreateAsync(Scheme.ConsumerBemiddeling, n => BemiddelingCase.Register(n,
            Party.Consumer(person.Name, person.Id).Value, Party.Business("Fietsenwinkel BV", Webshop.Id, ShopOrg).Value, description, person.Actor, _clock));
        Assert.True(created.IsSuccess);
        return created.Value.Number;
    }

    private Task<Result> CloseAsync(CaseNumber number) =>
        Get<CaseStore>().UpdateAsync<BemiddelingCase>(number, b => b.DeclareNotQualifying(CaseManager.Actor, _clock, "Geen klant van een deelnemer."));

    private async Task<bool> AccountExistsAsync(Guid id) =>
        await Get<AccountScopes>().RunAsync(async users => await users.FindByIdAsync(id.ToString()) is not null);

    private async Task AssertChainVerifiesAsync()
    {
        var report = await Get<AuditChainCheck>().VerifyAllAsync();
        Assert.True(report.Ok, string.Join("\n", AdrDesk.AppSetup.VerifyAuditCommand.Lines(report)));
    }

    [Fact]
    public async Task Deleting_the_account_is_refused_while_a_case_is_open_and_allowed_once_it_is_closed()
    {
        var person = await NewPersonAsync("Annelies Verwijder", "annelies@test.example");
        var number = await BemiddelingOfAsync(person, "Mijn fiets is kapot; ik woon Dorpsstraat 1.");
        var rights = Get<PersonalDataRights>();

        var refused = await rights.DeleteOwnAccountAsync(person.Principal, Password);
        Assert.Equal(new AccountHasOpenCases(1), refused.Error);
        Assert.True(await AccountExistsAsync(person.Id));

        Assert.True((await CloseAsync(number)).IsSuccess);
        var deleted = await rights.DeleteOwnAccountAsync(person.Principal, Password);

        Assert.True(deleted.IsSuccess, deleted.Error?.ToString());
        Assert.True(deleted.Value.AccountDeleted);
        Assert.False(await AccountExistsAsync(person.Id));
        await using var db = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var kept = await db.Set<BemiddelingCase>().Include(c => c.Parties).SingleAsync(c => c.Number == number);
        var consumer = kept.Parties.Single(p => p.Role == PartyRole.Consumer);
        Assert.Equal(PersonalDataRights.Marker, consumer.Name);
        Assert.Null(consumer.UserId);
        Assert.Equal("Fietsenwinkel BV", kept.Parties.Single(p => p.Role == PartyRole.Business).Name);
        var trail = await db.Set<AuditEntry>().Where(a => a.CaseNumber == number.ToString()).OrderBy(a => a.At).ToListAsync();
        var theirs = trail.Where(a => a.ActorId == person.Id).ToList();
        Assert.NotEmpty(theirs); // the entries stay: who did what when, by role
        Assert.All(theirs, a => Assert.Equal(PersonalDataRights.Marker, a.ActorName));
        Assert.DoesNotContain(trail, a => a.ActorName.Contains("Annelies") || (a.Detail ?? "").Contains("Annelies") || (a.OnBehalfOf ?? "").Contains("Annelies"));
        Assert.Equal(AuditChain.PersonalDataErasedAction, trail[^1].Action);
        Assert.False(await db.Set<CaseParticipant>().AnyAsync(p => p.UserId == person.Id));
        await AssertChainVerifiesAsync();
    }

    [Fact]
    public async Task Deleting_the_account_needs_its_password()
    {
        var person = await NewPersonAsync("Bram Wachtwoord", "bram@test.example");

        var refused = await Get<PersonalDataRights>().DeleteOwnAccountAsync(person.Principal, "Niet-het-wachtwoord-1");

        Assert.Equal(new DeletionPasswordIncorrect(), refused.Error);
        Assert.True(await AccountExistsAsync(person.Id));
    }

    [Fact]
    public async Task The_desk_erases_a_person_by_email_address_with_their_mails_and_eml_files_and_the_audit_chain_stays_valid()
    {
        var person = await NewPersonAsync("Carla Verzoek", "carla@test.example");
        var other = await NewPersonAsync("Dirk Blijft", "dirk@test.example");
        var number = await BemiddelingOfAsync(person, "Carla's klacht.");
        var kept = await BemiddelingOfAsync(other, "Dirk's klacht.");
        Assert.True((await CloseAsync(number)).IsSuccess);
        await using (var db = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
        {
            db.Add(OutboxMessage.Create(person.Email, person.Name, "Uw verzoek", "Beste Carla Verzoek, Dorpsstraat 1.", "nl", _clock.GetUtcNow(), number.ToString())
                .Attach("ontvangst.pdf", "application/pdf", "%PDF-1.7 Carla"u8.ToArray()));
            db.Add(OutboxMessage.Create(other.Email, other.Name, "Uw verzoek", "Beste Dirk.", "nl", _clock.GetUtcNow(), kept.ToString()));
            await db.SaveChangesAsync();
        }
        await Get<OutboxDispatcher>().DeliverDueAsync(CancellationToken.None);
        Assert.Equal(2, EmlFiles.Length);
        var rights = Get<PersonalDataRights>();

        Assert.Equal(new ErasureByAdminOnly(), (await rights.EraseByDeskAsync(CaseManager.Principal, person.Email)).Error);
        var erased = await rights.EraseByDeskAsync(Admin.Principal, "CARLA@test.example");

        Assert.True(erased.IsSuccess, erased.Error?.ToString());
        Assert.Equal(1, erased.Value.MailFiles);
        Assert.False(await AccountExistsAsync(person.Id));
        var left = Assert.Single(EmlFiles);
        Assert.DoesNotContain("Carla", await File.ReadAllTextAsync(left));
        await using (var db = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
        {
            Assert.False(await db.Set<OutboxMessage>().AnyAsync(m => m.ToName.Contains("Carla") || m.TextBody.Contains("Carla")));
            Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.CaseNumber == number.ToString() && a.Action == AuditChain.PersonalDataErasedAction));
            Assert.False(await db.Set<AuditEntry>().AnyAsync(a => a.ActorName.Contains("Carla")));
            Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.ActorName == "Dirk Blijft")); // another person's text stays
        }
        await AssertChainVerifiesAsync();
    }

    [Fact]
    public async Task The_desk_cannot_erase_a_person_whose_case_is_open()
    {
        var person = await NewPersonAsync("Eva Lopend", "eva@test.example");
        await BemiddelingOfAsync(person, "Nog open.");

        var refused = await Get<PersonalDataRights>().EraseByDeskAsync(Admin.Principal, person.Id.ToString());

        Assert.Equal(new AccountHasOpenCases(1), refused.Error);
        Assert.True(await AccountExistsAsync(person.Id));
        await AssertChainVerifiesAsync();
    }

    /// <summary>A binding-ruling case of <paramref name="consumer"/>, represented (D7) by <paramref name="representative"/>, then withdrawn.</summary>
    private async Task<CaseNumber> WithdrawnRepresentedCaseAsync(Person consumer, Person representative)
    {
        var store = Get<CaseStore>();
        var created = await store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n,
            Party.Consumer(consumer.Name, consumer.Id).Value, Party.Business("Fietsenwinkel BV", Webshop.Id, ShopOrg).Value,
            PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, consumer.Actor, _clock));
        Assert.True(created.IsSuccess, created.Error?.Code);
        var number = created.Value.Number;
        Assert.True((await store.UpdateAsync<BindingRulingCase>(number, c => c.SetRepresentative(consumer.Actor, _clock, c.Consumer.Id,
            new Representative(representative.Name, "adviseur", representative.Email) { UserId = representative.Id }))).IsSuccess);
        Assert.True((await store.UpdateAsync<BindingRulingCase>(number, c => c.Submit(consumer.Actor, _clock, acceptsBindingRuling: true))).IsSuccess);
        Assert.True((await store.UpdateAsync<BindingRulingCase>(number, c => c.Withdraw(consumer.Actor, _clock))).IsSuccess);
        return number;
    }

    private async Task AssertRepresentativeErasedAsync(CaseNumber number, Person consumer, Person representative)
    {
        await using var db = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var @case = await db.Set<BindingRulingCase>().Include(c => c.Parties).SingleAsync(c => c.Number == number);
        var party = @case.Parties.Single(p => p.Role == PartyRole.Consumer);
        Assert.Equal(consumer.Name, party.Name); // the represented party is someone else: its name stays
        Assert.NotNull(party.Representative); // that it was represented, and how, stays
        Assert.Equal(PersonalDataRights.Marker, party.Representative!.Name);
        Assert.Null(party.Representative.Email);
        Assert.Null(party.Representative.UserId);
        Assert.Equal("adviseur", party.Representative.Capacity);
        var raw = await db.Database.SqlQueryRaw<string>("""SELECT "Representative" AS "Value" FROM "BindingRulingParties" WHERE "Representative" IS NOT NULL""").ToListAsync();
        Assert.DoesNotContain(raw, r => r.Contains(representative.Name) || r.Contains(representative.Email, StringComparison.OrdinalIgnoreCase));
        Assert.False(await db.Set<CaseParticipant>().AnyAsync(p => p.Relation == CaseRelation.Representative
            && (p.UserId == representative.Id || p.Email == representative.Email.ToUpperInvariant())));
        await AssertChainVerifiesAsync();
    }

    [Fact, Trait("Rule", "D7")]
    public async Task The_desk_erasing_a_representative_clears_their_name_and_address_in_the_D7_representative_record()
    {
        var consumer = await NewPersonAsync("Eva Vertegenwoordigd", "eva@test.example");
        var representative = await NewPersonAsync("Frank Raadsman", "frank@raad.example");
        var number = await WithdrawnRepresentedCaseAsync(consumer, representative);

        var erased = await Get<PersonalDataRights>().EraseByDeskAsync(Admin.Principal, "FRANK@raad.example");

        Assert.True(erased.IsSuccess, erased.Error?.ToString());
        Assert.True(erased.Value.AccountDeleted);
        Assert.False(erased.Value.AccountDeletionFailed);
        await AssertRepresentativeErasedAsync(number, consumer, representative);
    }

    [Fact, Trait("Rule", "D7")]
    public async Task A_representative_deleting_their_own_account_clears_their_name_and_address_in_the_D7_representative_record()
    {
        var consumer = await NewPersonAsync("Gerda Vertegenwoordigd", "gerda@test.example");
        var representative = await NewPersonAsync("Hans Raadsman", "hans@raad.example");
        var number = await WithdrawnRepresentedCaseAsync(consumer, representative);

        var deleted = await Get<PersonalDataRights>().DeleteOwnAccountAsync(representative.Principal, Password);

        Assert.True(deleted.IsSuccess, deleted.Error?.ToString());
        Assert.True(deleted.Value.AccountDeleted);
        Assert.False(await AccountExistsAsync(representative.Id));
        await AssertRepresentativeErasedAsync(number, consumer, representative);
    }
}
