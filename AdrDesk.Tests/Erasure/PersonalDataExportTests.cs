using System.IO.Compression;
using System.Text.Json;
using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Cases.DataRights;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.CaseFile;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using AppRoles = AdrDesk.Security.Roles;
using static AdrDesk.Tests.CaseFile.CaseFileWorld;

namespace AdrDesk.Tests.Erasure;

/// <summary>Issue 19 item 7, GDPR art. 15: a person downloads everything the desk holds on them, and nothing of anyone else.</summary>
public sealed class PersonalDataExportTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private ServiceHost _host = default!;

    public async Task InitializeAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", "export-" + Guid.NewGuid().ToString("N")[..8]);
        _host = await ServiceHost.StartAsync(s => s.AddSingleton<TimeProvider>(_clock),
            new Dictionary<string, string?> { ["DueWork:Enabled"] = "false", ["Documents:StorePath"] = Path.Combine(folder, "documents") });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    private async Task<Person> NewPersonAsync(string name, string email)
    {
        var user = new AppUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = _clock.GetUtcNow() };
        var created = await Get<AccountScopes>().RunAsync(users => users.CreateAsync(user, "Export-2026-test"));
        Assert.True(created.Succeeded);
        return new Person(email, user.Id, name, email, AppRoles.Consumer);
    }

    private async Task<CaseNumber> CaseWithMessageAndDocumentAsync(Person person, string message)
    {
        var created = await Get<CaseStore>().CreateAsync(Scheme.ConsumerBemiddeling, n => BemiddelingCase.Register(n,
            Party.Consumer(person.Name, person.Id).Value, Party.Business("Fietsenwinkel BV", Webshop.Id, ShopOrg).Value, "Klacht van " + person.Name, person.Actor, _clock));
        var number = created.Value.Number;
        await using (var db = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
        {
            db.Add(new CaseMessage
            {
                Id = Guid.NewGuid(), CaseId = created.Value.Id, CaseNumber = number.ToString(), AuthorId = person.Id, AuthorName = person.Name,
                AuthorRole = Role.Consumer, Body = message, PostedAt = _clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }
        var issued = await Get<IDocumentStore>().SaveAsync(new NewDocument(Guid.CreateVersion7(), number.ToString(), DocumentKind.FilingReceipt, DocumentLanguage.Nl,
            "Ontvangstbevestiging", "ontvangst.pdf", "application/pdf", System.Text.Encoding.UTF8.GetBytes("%PDF-1.7 " + person.Name), new DocumentAuthor(person.Id, person.Name)));
        Assert.True(issued.IsSuccess);
        return number;
    }

    [Fact]
    public async Task The_export_is_a_zip_with_the_persons_account_cases_messages_audit_entries_and_documents_and_nothing_of_another_person()
    {
        var person = await NewPersonAsync("Fenna Inzage", "fenna@test.example");
        var other = await NewPersonAsync("Gerrit Ander", "gerrit@test.example");
        var number = await CaseWithMessageAndDocumentAsync(person, "Mijn bericht over de fiets.");
        var otherNumber = await CaseWithMessageAndDocumentAsync(other, "Gerrits geheime bericht.");

        var zip = await Get<PersonalDataExport>().ExportAsync(person.Principal);

        Assert.NotNull(zip);
        using var archive = new ZipArchive(new MemoryStream(zip!), ZipArchiveMode.Read);
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("gegevens.json", entries);
        Assert.Contains($"documenten/{number}/ontvangst.pdf", entries);
        Assert.DoesNotContain(entries, e => e.Contains(otherNumber.ToString()));
        string json;
        using (var reader = new StreamReader(archive.GetEntry("gegevens.json")!.Open())) json = await reader.ReadToEndAsync();
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal("fenna@test.example", root.GetProperty("account").GetProperty("Email").GetString());
        Assert.Equal(number.ToString(), Assert.Single(root.GetProperty("cases").EnumerateArray()).GetProperty("Number").GetString());
        Assert.Equal("Mijn bericht over de fiets.", Assert.Single(root.GetProperty("messages").EnumerateArray()).GetProperty("Body").GetString());
        Assert.Contains(root.GetProperty("auditEntries").EnumerateArray(), a => a.GetProperty("Action").GetString() == "Register");
        Assert.Single(root.GetProperty("documents").EnumerateArray());
        Assert.DoesNotContain("Gerrit", json);
        Assert.DoesNotContain("gerrit@test.example", json);
        Assert.DoesNotContain(otherNumber.ToString(), json);
        var pdf = archive.GetEntry($"documenten/{number}/ontvangst.pdf")!;
        using (var reader = new StreamReader(pdf.Open())) Assert.Contains("Fenna Inzage", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Someone_not_signed_in_gets_no_export()
    {
        Assert.Null(await Get<PersonalDataExport>().ExportAsync(new System.Security.Claims.ClaimsPrincipal()));
    }
}
