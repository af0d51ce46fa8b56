using AdrDesk.AppSetup;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Tests.Documents;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Text;

/// <summary>
/// Issue 14 item 8: one name for the desk. The setting Desk:Name is what the page header and title, the mail's sender
/// and the documents' letterhead show; changing it changes all three, and no other name is left behind.
/// </summary>
public sealed class DeskNameTests : IAsyncLifetime
{
    private const string Name = "Geschillenloket Zuidwest";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", Guid.NewGuid().ToString("N")[..12]);
    private WebApplication _app = default!;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        var builder = AppHost.CreateBuilder(_folder, new Dictionary<string, string?>
        {
            ["Desk:Name"] = Name,
            ["Desk:City"] = "Middelburg",
            ["Documents:PrintCssPath"] = DocumentsFixture.RepoFile("wwwroot-assets/css/print.css"),
        });
        _app = builder.Build();
        await _app.Services.InitializeDatabaseAsync(seedDemo: false);
        _app.UseAdrDesk();
        await _app.StartAsync();
        _baseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        AppHost.TryDelete(_folder);
    }

    [Fact]
    public async Task The_page_header_and_title_show_the_setting()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_baseUrl) };
        var home = System.Net.WebUtility.HtmlDecode(await http.GetStringAsync("/"));
        Assert.Contains($"<span>{Name}</span>", home);
        Assert.Contains($"<title>{Name}</title>", home);
        Assert.Contains($"{Name} behandelt geschillen", home); // the home page's lead names the desk by the setting too
        Assert.DoesNotContain("AdrDesk behandelt", home);

        var login = System.Net.WebUtility.HtmlDecode(await http.GetStringAsync("/account/login"));
        Assert.Contains($" · {Name}</title>", login);
        Assert.DoesNotContain("AdrDesk</title>", login);
    }

    [Fact]
    public async Task A_mail_is_sent_in_the_desks_name()
    {
        var mailer = _app.Services.GetRequiredService<IMailer>();
        var message = OutboxMessage.Create("jan@example.nl", "Jan", "Uw zaak", "Beste Jan,", "nl", DateTimeOffset.UtcNow, null);
        var file = await mailer.SendAsync(message, CancellationToken.None);

        var eml = Eml.Load(Path.Combine(_folder, "outbox", file!));
        Assert.Contains(Name, eml["From"]);
    }

    [Theory, Trait("Rule", "D21")]
    [InlineData(DocumentKind.FilingReceipt)]
    [InlineData(DocumentKind.BindingRuling)]
    public async Task A_document_carries_the_setting_on_its_letterhead(DocumentKind kind)
    {
        var renderer = _app.Services.GetRequiredService<DocumentRenderer>();
        var result = await TemplateCatalog.For(kind).Render(renderer, DocumentLanguage.Nl);

        Assert.True(result.IsSuccess);
        var html = System.Net.WebUtility.HtmlDecode(result.Value.Html);
        Assert.Contains(Name, html);
        Assert.Contains("Middelburg", html);
        Assert.DoesNotContain("AdrDesk Geschillenloket", html);
    }
}
