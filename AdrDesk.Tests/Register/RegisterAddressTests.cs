using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Register;

/// <summary>Issue 14 item 1: a letter to an organisation in the print queue carries its postal address from the register (D21).</summary>
public sealed class RegisterAddressTests
{
    [Fact, Trait("Rule", "D21")]
    public async Task D21_A_letter_to_a_webshop_without_account_is_addressed_from_the_register()
    {
        await using var host = await ServiceHost.StartAsync();
        var postal = OrganisationAddress.Create("Stationsplein 12", "3511 ED", "Utrecht", "NL").Value;
        var webshop = Organisation.Register("Post Fietsen B.V.", KvkNumber.Create("72345678").Value, CountryCode.Netherlands, [],
            new DateOnly(2020, 1, 1), contact: OrganisationContact.Create(null, postal, null, null).Value).Value;
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
        {
            db.Add(webshop);
            await db.SaveChangesAsync();
        }
        var consumer = new Actor(Guid.NewGuid(), "Sanne de Vries", Role.Consumer);
        var c = (await host.Services.GetRequiredService<CaseStore>().CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n,
            Party.Consumer("Sanne de Vries", consumer.UserId).Value, Party.Business(webshop.LegalName, null, webshop.Id).Value,
            PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, consumer, TimeProvider.System))).Value;

        var rows = await host.Services.GetRequiredService<CaseNotifier>().RowsAsync(c, "Forward", consumer.UserId, CaseNotifier.AlreadyNotified.Nothing);

        var letter = Assert.Single(rows.OfType<PrintQueueEntry>());
        Assert.Equal("Post Fietsen B.V.", letter.RecipientName);
        Assert.Equal("Stationsplein 12\n3511 ED Utrecht", letter.Address);
    }
}
