using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Register;

/// <summary>
/// Demo register: affiliated webshops, one bankrupt, one in suspension of payments, one whose
/// subscription ended, one removed after not complying (D18) and two B2B participants (M1).
/// Added once (when the register is empty); the demo business account acts for the first webshop.
/// Dates are relative to today, so the demo stays current. KvK numbers are fictional.
/// </summary>
public sealed class RegisterDemoData(IDbContextFactory<AdrDbContext> dbFactory, UserManager<AppUser> users, TimeProvider clock) : IDemoSeeder
{
    private const string DemoWebshopAccount = "webshop@demo.adrdesk.nl";
    private const string Mark = "Keurmerk Eerlijk Online";

    // After the demo accounts (Order 0), which this links to an organisation.
    public int Order => 10;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = AmsterdamCalendar.DateOf(now);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Organisations.AnyAsync(cancellationToken))
        {
            foreach (var organisation in Organisations(today))
            {
                db.Organisations.Add(organisation);
                db.RegisterChanges.Add(RegisterChange.Record(Actor.System, now, organisation.Id, RegisterChangeKind.Registered,
                    null, RegisterChangeText.Details(organisation)));
                db.RegisterChanges.Add(RegisterChange.Record(Actor.System, now, organisation.Id, RegisterChangeKind.SubscriptionAdded,
                    null, RegisterChangeText.Subscriptions(organisation)));
                if (organisation.Status != OrganisationStatus.Active)
                {
                    db.RegisterChanges.Add(RegisterChange.Record(Actor.System, now, organisation.Id, RegisterChangeKind.StatusChanged,
                        null, RegisterChangeText.Status(organisation)));
                }
            }
            await db.SaveChangesAsync(cancellationToken);
        }

        var kvk = KvkNumber.Create("68123457").Value;
        var fietsonderdelen = await db.Organisations.AsNoTracking().Where(o => o.KvkNumber == kvk).Select(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        if (fietsonderdelen != Guid.Empty && await users.FindByEmailAsync(DemoWebshopAccount) is { OrganisationId: null } user)
        {
            user.OrganisationId = fietsonderdelen;
            user.CompanyName = "Fietsonderdelen.nl B.V.";
            user.KvkNumber = kvk.Value;
            await users.UpdateAsync(user);
        }
    }

    private static IEnumerable<Organisation> Organisations(DateOnly today)
    {
        // Active and subscribed (D1, D5).
        yield return Webshop("Fietsonderdelen.nl B.V.", "68123457", ["https://www.fietsonderdelen.nl"], today.AddYears(-3));
        yield return Webshop("Mode & Meer B.V.", "70234568", ["https://www.modeenmeer.nl", "https://www.modeenmeer.be"], today.AddYears(-2));
        yield return Webshop("ElektroDirect Nederland B.V.", "71345679", ["https://www.elektrodirect.nl"], today.AddMonths(-14));
        yield return Webshop("Tuinhuis Totaal B.V.", "72456780", ["https://www.tuinhuistotaal.nl"], today.AddMonths(-8));
        yield return Webshop("Bloem & Blad Café B.V.", "72456791", ["https://www.bloemenblad.nl"], today.AddMonths(-5));

        // D25h: bankrupt.
        var bankrupt = Webshop("Gadgetparadijs B.V.", "73567891", ["https://www.gadgetparadijs.nl"], today.AddYears(-2));
        bankrupt.ChangeStatus(OrganisationStatus.Bankrupt, today.AddDays(-40),
            "Faillissement uitgesproken door de rechtbank Midden-Nederland; curator mr. J. de Wit.");
        yield return bankrupt;

        // D25h: suspension of payments.
        var suspended = Webshop("Slaapcomfort Online B.V.", "75789013", ["https://www.slaapcomfort-online.nl"], today.AddMonths(-18));
        suspended.ChangeStatus(OrganisationStatus.SuspensionOfPayments, today.AddDays(-12),
            "Voorlopige surseance van betaling verleend; bewindvoerder mr. S. Kaya.");
        yield return suspended;

        // D5: no longer subscribed; D25i: was affiliated until the end date.
        var lapsed = Webshop("Kinderkamer Wonen B.V.", "76890124", ["https://www.kinderkamerwonen.nl"], today.AddYears(-2));
        lapsed.EndSubscription(today.AddMonths(-3));
        yield return lapsed;

        // D18: removed after not complying with a ruling despite one formal reminder.
        var removed = Webshop("Schoenenhuis Öztürk B.V.", "74678902", ["https://www.schoenenhuis-ozturk.nl"], today.AddYears(-1));
        removed.RemoveFromRegister(today.AddDays(-21), "Uitspraak DD-2026-000042 niet nagekomen na aanmaning (D18); keurmerk geïnformeerd.");
        yield return removed;

        // M1/B1: scheme participants whose contracts use the B2B terms.
        yield return Webshop("Horeca Groothandel Van Dijk B.V.", "77901235", ["https://www.horecavandijk.nl"], today.AddYears(-4),
            b2bTerms: true);
        yield return Webshop("Kantoorinrichting Zuid B.V.", "78012346", ["https://www.kantoorinrichtingzuid.nl"], today.AddMonths(-20),
            b2bTerms: true);
    }

    private static readonly (string Street, string PostalCode, string City)[] Streets =
    [
        ("Stationsplein 12", "3511 ED", "Utrecht"), ("Keizersgracht 221", "1016 DV", "Amsterdam"), ("Markt 7", "5611 EB", "Eindhoven"),
        ("Grote Marktstraat 45", "2511 BH", "Den Haag"), ("Coolsingel 88", "3011 AD", "Rotterdam"), ("Vismarkt 3", "9712 CA", "Groningen"),
    ];

    /// <summary>Issue 14: every demo webshop is reachable, by e-mail for disputes and by post (D12, D21).</summary>
    private static OrganisationContact Contact(string kvk, string[] web)
    {
        var host = web.Length == 0 ? "example.nl" : new Uri(web[0]).Host.Replace("www.", "", StringComparison.Ordinal);
        var (street, postalCode, city) = Streets[int.Parse(kvk[^2..], System.Globalization.CultureInfo.InvariantCulture) % Streets.Length];
        var postal = OrganisationAddress.Create(street, postalCode, city, "NL").Value;
        return OrganisationContact.Create($"geschillen@{host}", postal, "Afdeling klantenservice", "030 123 45 67").Value;
    }

    private static Organisation Webshop(string name, string kvk, string[] web, DateOnly subscribedFrom, bool b2bTerms = false)
    {
        var organisation = Organisation.Register(name, KvkNumber.Create(kvk).Value, CountryCode.Netherlands, web, subscribedFrom,
            Mark, usesSchemeB2BTerms: b2bTerms, isSchemeParticipant: b2bTerms, contact: Contact(kvk, web)).Value;
        organisation.AddSubscription(subscribedFrom, null);
        return organisation;
    }
}
