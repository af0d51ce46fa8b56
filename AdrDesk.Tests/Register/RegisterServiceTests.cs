using AdrDesk.Domain.Register;
using AdrDesk.Features.Register;
using Microsoft.EntityFrameworkCore;
using static AdrDesk.Tests.Register.RegisterFixture;

namespace AdrDesk.Tests.Register;

/// <summary>RegisterService on a real SQLite file: lookups, role checks, history and the rules the register answers.</summary>
public sealed class RegisterServiceTests : IAsyncLifetime
{
    private RegisterFixture _f = null!;

    public async Task InitializeAsync() => _f = await CreateAsync();

    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Search_by_part_of_the_name_ignores_case()
    {
        await _f.WebshopAsync("Fietsonderdelen.nl B.V.", "68123457", "https://www.fietsonderdelen.nl");
        await _f.WebshopAsync("Mode & Meer B.V.", "70234568", "https://www.modeenmeer.nl");

        var found = await _f.Service.SearchAsync("ONDERDELEN");

        Assert.Equal("Fietsonderdelen.nl B.V.", Assert.Single(found).LegalName);
    }

    [Fact]
    public async Task Search_ignores_case_and_diacritics_beyond_ASCII()
    {
        await _f.WebshopAsync("Schoenenhuis Öztürk B.V.", "74678902", "https://www.schoenenhuis-ozturk.nl");
        await _f.WebshopAsync("Ökowinkel Groen B.V.", "75789013", "https://www.okowinkel.nl");

        Assert.Equal("Schoenenhuis Öztürk B.V.", Assert.Single(await _f.Service.SearchAsync("öZTÜRK")).LegalName);
        Assert.Equal("Schoenenhuis Öztürk B.V.", Assert.Single(await _f.Service.SearchAsync("Ozturk")).LegalName);
        Assert.Equal("Ökowinkel Groen B.V.", Assert.Single(await _f.Service.SearchAsync("ökow")).LegalName);
    }

    [Fact]
    public async Task Search_with_eight_digits_matches_the_KvK_number_exactly()
    {
        var wanted = await _f.WebshopAsync("Tuinhuis Totaal B.V.", "72456780", "https://www.tuinhuistotaal.nl");
        await _f.WebshopAsync("Shop 72456780 B.V.", "72456781", "https://www.shop72456780.nl");

        Assert.Equal(wanted, Assert.Single(await _f.Service.SearchAsync(" 7245 6780 ")).Id);
        // Seven digits are not a KvK number: they are looked for in names and web addresses only.
        Assert.Equal("Shop 72456780 B.V.", Assert.Single(await _f.Service.SearchAsync("7245678")).LegalName);
    }

    [Fact]
    public async Task Search_by_web_address_with_or_without_scheme_and_www()
    {
        var id = await _f.WebshopAsync("ElektroDirect Nederland B.V.", "71345679", "https://www.elektrodirect.nl");

        Assert.Equal(id, Assert.Single(await _f.Service.SearchAsync("elektrodirect.nl")).Id);
        Assert.Equal(id, Assert.Single(await _f.Service.SearchAsync("https://WWW.ElektroDirect.nl/")).Id);
    }

    [Fact]
    public async Task Search_returns_at_most_twenty_results_in_name_order()
    {
        for (var i = 0; i < 25; i++)
        {
            await _f.WebshopAsync($"Webwinkel {i:D2} B.V.", $"800000{i:D2}", $"https://www.webwinkel{i:D2}.nl");
        }

        var found = await _f.Service.SearchAsync("webwinkel");

        Assert.Equal(RegisterService.MaxSearchResults, found.Count);
        Assert.Equal("Webwinkel 00 B.V.", found[0].LegalName);
        Assert.Equal(25, (await _f.Service.ListAsync("webwinkel", 0, 50)).Count);
    }

    [Fact]
    public async Task Search_summary_tells_whether_subscribed_today()
    {
        await _f.WebshopAsync("Mode & Meer B.V.", "70234568", "https://www.modeenmeer.nl");
        await _f.WebshopAsync("Kinderkamer Wonen B.V.", "76890124", "https://www.kinderkamerwonen.nl", noSubscription: true);

        var rows = await _f.Service.SearchAsync("B.V.");

        Assert.True(rows.Single(r => r.KvkNumber == "70234568").SubscribedToday);
        Assert.False(rows.Single(r => r.KvkNumber == "76890124").SubscribedToday);
        Assert.All(rows, r => Assert.Equal("NL", r.Country));
    }

    [Fact]
    public async Task A_consumer_cannot_change_the_register()
    {
        var id = await _f.WebshopAsync("Mode & Meer B.V.", "70234568", "https://www.modeenmeer.nl");

        Assert.IsType<NotAllowedToChangeRegister>((await _f.Service.RegisterOrganisationAsync(Consumer,
            new NewOrganisation("Nep B.V.", "11112222", "NL", [], null, false, false, null))).Error);
        Assert.IsType<NotAllowedToChangeRegister>((await _f.Service.EditOrganisationAsync(Consumer, id,
            new OrganisationEdit("Nep B.V.", [], null, false, false))).Error);
        Assert.IsType<NotAllowedToChangeRegister>((await _f.Service.ChangeStatusAsync(Consumer, id,
            OrganisationStatus.Bankrupt, Today, "Failliet")).Error);
        Assert.IsType<NotAllowedToChangeRegister>((await _f.Service.AddSubscriptionAsync(Anonymous, id, Today.AddYears(2), null)).Error);
        Assert.IsType<NotAllowedToChangeRegister>((await _f.Service.EndSubscriptionAsync(Consumer, id, Today)).Error);
        Assert.IsType<NotAllowedToChangeRegister>((await _f.Service.GetDetailsAsync(Consumer, id)).Error);

        await using var db = await _f.Database.Factory.CreateDbContextAsync();
        var organisation = await db.Organisations.SingleAsync();
        Assert.Equal(("Mode & Meer B.V.", OrganisationStatus.Active), (organisation.LegalName, organisation.Status));
        Assert.DoesNotContain(await db.RegisterChanges.ToListAsync(), c => c.What != RegisterChangeKind.Registered && c.What != RegisterChangeKind.SubscriptionAdded);
    }

    [Fact]
    public async Task An_admin_may_change_the_register()
    {
        var id = await _f.WebshopAsync("Mode & Meer B.V.", "70234568", "https://www.modeenmeer.nl");

        Assert.True((await _f.Service.ChangeStatusAsync(Admin, id, OrganisationStatus.CeasedTrading, Today, "Gestopt per vandaag")).IsSuccess);
    }

    [Fact]
    [Trait("Rule", "D25h")]
    public async Task D25h_A_status_change_requires_a_reason()
    {
        var id = await _f.WebshopAsync("Mode & Meer B.V.", "70234568", "https://www.modeenmeer.nl");

        var refused = await _f.Service.ChangeStatusAsync(CaseManager, id, OrganisationStatus.SuspensionOfPayments, Today, "  ");

        Assert.IsType<StatusReasonRequired>(refused.Error);
        var organisation = await _f.Service.FindAsync(id);
        Assert.Equal(OrganisationStatus.Active, organisation!.Status);
        Assert.False(organisation.IsInsolventOrCeased);

        Assert.True((await _f.Service.ChangeStatusAsync(CaseManager, id, OrganisationStatus.SuspensionOfPayments, Today,
            "Surseance verleend door de rechtbank")).IsSuccess);
        Assert.True((await _f.Service.FindAsync(id))!.IsInsolventOrCeased);
    }

    [Fact]
    public async Task Every_change_writes_a_RegisterChange_with_who_role_when_what_before_and_after()
    {
        var id = await _f.WebshopAsync("Mode & Meer B.V.", "70234568", "https://www.modeenmeer.nl");
        _f.Clock.SetUtcNow(_f.Clock.GetUtcNow().AddHours(1));

        var edited = await _f.Service.EditOrganisationAsync(Admin, id, new OrganisationEdit(
            "Mode en Meer B.V.", ["https://www.modeenmeer.nl", "https://www.modeenmeer.be"], "Keurmerk Eerlijk Online", false, true)
        {
            Contact = new ContactInput("klachten@modeenmeer.nl", "Markt 7", "5611eb", "Eindhoven", "NL", "Anna de Vries", "040 123 45 67"),
        });
        Assert.True(edited.IsSuccess);

        var details = (await _f.Service.GetDetailsAsync(CaseManager, id)).Value;
        Assert.Equal(["https://www.modeenmeer.nl/", "https://www.modeenmeer.be/"], details.Organisation.WebAddresses);
        // Newest first; registering wrote two rows (the organisation, its first subscription).
        Assert.Equal(3, details.History.Count);
        var edit = details.History[0];
        Assert.Equal(RegisterChangeKind.Edited, edit.What);
        Assert.Equal("Ruben de Boer", edit.ActorName);
        Assert.Equal(AdrDesk.Domain.Common.Role.Admin, edit.ActorRole);
        Assert.Equal(_f.Clock.GetUtcNow(), edit.At);
        Assert.Equal(id, edit.OrganisationId);
        Assert.Contains("Mode & Meer B.V.", edit.Before);
        Assert.Contains("Mode en Meer B.V.", edit.After);
        Assert.Contains("participant (B1): yes", edit.After);
        // Issue 14: the way the webshop is reached is part of the history.
        Assert.Contains("e-mail: geschillen@modeenmeer.nl", edit.Before);
        Assert.Contains("e-mail: klachten@modeenmeer.nl", edit.After);
        Assert.Contains("post: Markt 7, 5611 EB Eindhoven", edit.After);
        Assert.Equal("5611 EB", details.Organisation.Contact.PostalAddress!.PostalCode);
    }

    [Fact]
    [Trait("Rule", "D12")]
    public async Task An_affiliated_webshop_is_not_saved_without_an_email_or_postal_address()
    {
        var unreachable = await _f.Service.RegisterOrganisationAsync(CaseManager,
            new NewOrganisation("Stil B.V.", "71112222", "NL", [], null, false, false, Today));
        Assert.IsType<AffiliatedOrganisationNeedsContact>(unreachable.Error);
        Assert.Equal("contactEmail", RegisterForm.FieldOf(unreachable.Error!));

        var id = await _f.WebshopAsync("Mode & Meer B.V.", "70234568", "https://www.modeenmeer.nl");
        var cleared = await _f.Service.EditOrganisationAsync(CaseManager, id,
            new OrganisationEdit("Mode & Meer B.V.", [], null, false, false) { Contact = new ContactInput("", "", "", "", "NL", "", "") });
        Assert.IsType<AffiliatedOrganisationNeedsContact>(cleared.Error);

        var halfAddress = await _f.Service.EditOrganisationAsync(CaseManager, id,
            new OrganisationEdit("Mode & Meer B.V.", [], null, false, false) { Contact = new ContactInput(null, "Markt 7", "", "Eindhoven", "NL", null, null) });
        Assert.IsType<PostalCodeRequired>(halfAddress.Error);
        Assert.Equal("postalCode", RegisterForm.FieldOf(halfAddress.Error!));

        var byPostOnly = await _f.Service.EditOrganisationAsync(CaseManager, id,
            new OrganisationEdit("Mode & Meer B.V.", [], null, false, false) { Contact = new ContactInput(null, "Markt 7", "5611 EB", "Eindhoven", "NL", null, null) });
        Assert.True(byPostOnly.IsSuccess);
    }

    [Fact]
    public async Task A_KvK_number_is_registered_once()
    {
        await _f.WebshopAsync("Mode & Meer B.V.", "70234568", "https://www.modeenmeer.nl");

        var again = await _f.Service.RegisterOrganisationAsync(CaseManager,
            new NewOrganisation("Mode & Meer Twee B.V.", "70234568", "NL", [], null, false, false, null));

        Assert.IsType<KvkAlreadyRegistered>(again.Error);
    }

    [Fact]
    public async Task Registering_refuses_an_invalid_KvK_number_or_web_address()
    {
        Assert.IsType<InvalidKvkNumber>((await _f.Service.RegisterOrganisationAsync(CaseManager,
            new NewOrganisation("X B.V.", "1234567", "NL", [], null, false, false, null))).Error);
        Assert.IsType<InvalidWebAddress>((await _f.Service.RegisterOrganisationAsync(CaseManager,
            new NewOrganisation("X B.V.", "12345678", "NL", ["geen adres"], null, false, false, null))).Error);
    }

    [Fact]
    [Trait("Rule", "D18")]
    public async Task D18_Removal_ends_the_running_subscription_and_the_public_register_names_it_with_the_date()
    {
        var removed = await _f.WebshopAsync("Schoenenhuis Öztürk B.V.", "74678902", "https://www.schoenenhuis-ozturk.nl");
        await _f.WebshopAsync("Mode & Meer B.V.", "70234568", "https://www.modeenmeer.nl");
        var removedOn = Today.AddDays(-3);

        var result = await _f.Service.ChangeStatusAsync(CaseManager, removed, OrganisationStatus.RemovedFromRegister, removedOn,
            "Uitspraak DD-2026-000042 niet nagekomen na aanmaning");
        Assert.True(result.IsSuccess);

        var organisation = (await _f.Service.FindAsync(removed))!;
        Assert.Equal(removedOn, Assert.Single(organisation.Subscriptions).To);
        Assert.False(organisation.IsSubscribedAt(_f.Clock.GetUtcNow()));

        var register = await _f.Service.GetPublicRegisterAsync(null);
        Assert.Equal("Mode & Meer B.V.", Assert.Single(register.Affiliated).LegalName);
        var listed = Assert.Single(register.Removed);
        Assert.Equal(("Schoenenhuis Öztürk B.V.", removedOn), (listed.LegalName, listed.RemovedOn));
        Assert.Single(await _f.Service.GetPublicRegisterAsync("ozturk") is var found ? found.Removed : []);

        var history = (await _f.Service.GetDetailsAsync(CaseManager, removed)).Value.History;
        Assert.Contains(history, c => c.What == RegisterChangeKind.StatusChanged && c.After!.StartsWith("RemovedFromRegister"));
        Assert.Contains(history, c => c.What == RegisterChangeKind.SubscriptionEnded);
    }

    [Fact]
    [Trait("Rule", "D25h")]
    public async Task The_public_register_lists_only_active_webshops_subscribed_today()
    {
        await _f.WebshopAsync("Mode & Meer B.V.", "70234568", "https://www.modeenmeer.nl");
        await _f.WebshopAsync("Kinderkamer Wonen B.V.", "76890124", "https://www.kinderkamerwonen.nl", noSubscription: true);
        await _f.WebshopAsync("Later Lid B.V.", "76890125", "https://www.laterlid.nl", subscribedFrom: Today.AddDays(1));
        var bankrupt = await _f.WebshopAsync("Gadgetparadijs B.V.", "73567891", "https://www.gadgetparadijs.nl");
        await _f.Service.ChangeStatusAsync(CaseManager, bankrupt, OrganisationStatus.Bankrupt, Today, "Faillissement uitgesproken");

        var register = await _f.Service.GetPublicRegisterAsync("");

        Assert.Equal(["Mode & Meer B.V."], register.Affiliated.Select(w => w.LegalName));
        Assert.Empty(register.Removed);
    }

    [Fact]
    [Trait("Rule", "D25i")]
    public async Task D25i_Affiliated_on_the_order_date_is_answered_from_the_stored_periods()
    {
        var id = await _f.WebshopAsync("Tuinhuis Totaal B.V.", "72456780", "https://www.tuinhuistotaal.nl",
            subscribedFrom: new DateOnly(2025, 3, 1));
        Assert.True((await _f.Service.EndSubscriptionAsync(CaseManager, id, new DateOnly(2025, 12, 31))).IsSuccess);
        Assert.True((await _f.Service.AddSubscriptionAsync(CaseManager, id, new DateOnly(2026, 6, 1), null)).IsSuccess);

        Assert.False((await _f.Service.IsAffiliatedOnAsync(id, new DateOnly(2025, 2, 28))).Value);
        Assert.True((await _f.Service.IsAffiliatedOnAsync(id, new DateOnly(2025, 3, 1))).Value);
        Assert.True((await _f.Service.IsAffiliatedOnAsync(id, new DateOnly(2025, 12, 31))).Value);
        Assert.False((await _f.Service.IsAffiliatedOnAsync(id, new DateOnly(2026, 3, 15))).Value);
        Assert.True((await _f.Service.IsAffiliatedOnAsync(id, new DateOnly(2026, 6, 1))).Value);
        Assert.IsType<OrganisationNotFound>((await _f.Service.IsAffiliatedOnAsync(Guid.NewGuid(), Today)).Error);
    }

    [Fact]
    [Trait("Rule", "D5")]
    public async Task D5_Subscribed_at_filing_is_answered_from_the_stored_periods_on_the_Amsterdam_day()
    {
        var id = await _f.WebshopAsync("Fietsonderdelen.nl B.V.", "68123457", "https://www.fietsonderdelen.nl",
            subscribedFrom: new DateOnly(2026, 1, 1));

        // 31 Dec 2025 23:30 UTC is 1 Jan 2026 00:30 in Amsterdam: subscribed.
        Assert.True((await _f.Service.IsSubscribedAtAsync(id, new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero))).Value);
        Assert.False((await _f.Service.IsSubscribedAtAsync(id, new DateTimeOffset(2025, 12, 31, 22, 30, 0, TimeSpan.Zero))).Value);

        Assert.True((await _f.Service.EndSubscriptionAsync(CaseManager, id, Today.AddDays(-1))).IsSuccess);
        Assert.False((await _f.Service.IsSubscribedAtAsync(id, _f.Clock.GetUtcNow())).Value);
        Assert.False(Assert.Single(await _f.Service.SearchAsync("68123457")).SubscribedToday);
    }

    [Fact]
    [Trait("Rule", "M1")]
    public async Task M1_B1_The_scheme_flags_are_stored_and_read_back()
    {
        var id = await _f.WebshopAsync("Horeca Groothandel Van Dijk B.V.", "77901235", "https://www.horecavandijk.nl", b2bTerms: true);

        var organisation = (await _f.Service.FindAsync(id))!;

        Assert.True(organisation.UsesSchemeB2BTerms);
        Assert.True(organisation.IsSchemeParticipant);
        Assert.Equal("Keurmerk Eerlijk Online", organisation.CertificationMark);
    }
}
