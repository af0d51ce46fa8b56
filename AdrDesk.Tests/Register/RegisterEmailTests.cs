using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Register;

/// <summary>
/// Bug found by journey a (issue 14 items 7a, 9): a webshop reached through the register has a party row without a user of its
/// own (it acts through the accounts linked to its organisation), so the ruling's mail with the PDF and every notice went to the
/// print queue as a letter instead of to its dispute e-mail address. Now: mailed at the register's dispute address, once.
/// </summary>
public sealed class RegisterEmailTests
{
    [Fact, Trait("Rule", "D16"), Trait("Rule", "D12")]
    public async Task D16_A_webshop_without_its_own_user_is_mailed_at_its_dispute_address_not_sent_a_letter()
    {
        await using var host = await ServiceHost.StartAsync();
        var postal = OrganisationAddress.Create("Stationsplein 12", "3511 ED", "Utrecht", "NL").Value;
        var webshop = Organisation.Register("Mail Fietsen B.V.", KvkNumber.Create("72345679").Value, CountryCode.Netherlands, [],
            new DateOnly(2020, 1, 1), contact: OrganisationContact.Create("geschillen@mailfietsen.example", postal, null, null).Value).Value;
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
        {
            db.Add(webshop);
            await db.SaveChangesAsync();
        }
        var consumer = new Actor(Guid.NewGuid(), "Sanne de Vries", Role.Consumer);
        var c = (await host.Services.GetRequiredService<CaseStore>().CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n,
            Party.Consumer("Sanne de Vries", consumer.UserId).Value, Party.Business(webshop.LegalName, null, webshop.Id).Value,
            PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, consumer, TimeProvider.System))).Value;

        // The ruling's letter (CaseLetters: one mail per party with the PDF) finds the address.
        var emails = await host.Services.GetRequiredService<CaseLetters>().EmailsAsync(c);
        Assert.Equal("geschillen@mailfietsen.example", emails[c.Webshop.Id]);

        // A notice of a change is one mail to that address, and no letter.
        var rows = await host.Services.GetRequiredService<CaseNotifier>().RowsAsync(c, "RecordResponse", Guid.NewGuid(), CaseNotifier.AlreadyNotified.Nothing);
        var mail = Assert.Single(rows.OfType<OutboxMessage>(), m => m.ToAddress == "geschillen@mailfietsen.example");
        Assert.Equal("Mail Fietsen B.V.", mail.ToName);
        Assert.DoesNotContain(rows.OfType<PrintQueueEntry>(), l => l.PartyId == c.Webshop.Id);

        // Already mailed by the change itself (the ruling with its PDF): no second mail.
        var already = new CaseNotifier.AlreadyNotified(new HashSet<Guid>(), new HashSet<string> { "GESCHILLEN@MAILFIETSEN.EXAMPLE" }, new HashSet<Guid>(), null);
        var again = await host.Services.GetRequiredService<CaseNotifier>().RowsAsync(c, "IssueRuling", consumer.UserId, already);
        Assert.DoesNotContain(again.OfType<OutboxMessage>(), m => m.ToAddress == "geschillen@mailfietsen.example");
        Assert.DoesNotContain(again.OfType<PrintQueueEntry>(), l => l.PartyId == c.Webshop.Id);
    }
}
