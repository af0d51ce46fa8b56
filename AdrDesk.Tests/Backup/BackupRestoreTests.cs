using System.Net;
using System.Text.RegularExpressions;
using AdrDesk.AppSetup;
using AdrDesk.Features.Backup;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Security;
using AdrDesk.Tests.Cases;
using AdrDesk.Tests.Documents;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Backup;

/// <summary>
/// Issue 19 item 8: a backup taken while AdrDesk runs and writes, restored into a new folder, serves every document of
/// every case from a second AdrDesk started on that folder. From an empty database; the documents are issued by the
/// app's own issuer (Chromium), the downloads go over HTTP as a signed-in case manager's browser makes them.
/// </summary>
[Trait("Issue", "19")]
[Trait("Provider", "Sqlite")] // AdrDesk's own backup copies the SQLite file; on PostgreSQL it refuses (PostgresBackupTests)
public sealed partial class BackupRestoreTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "adrdesk-tests", "backup-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly List<WebApplication> _apps = [];

    private string Live => Path.Combine(_root, "live");
    private string Backups => Path.Combine(_root, "backups");
    private string Restored => Path.Combine(_root, "restored");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        AppHost.TryDelete(_root);
    }

    /// <summary>AdrDesk on a data folder laid out as in production: the database and every store's folder inside it.</summary>
    private async Task<(WebApplication App, string Url)> StartAsync(string dataFolder)
    {
        var builder = AppHost.CreateBuilder(dataFolder, new Dictionary<string, string?>
        {
            ["Documents:StorePath"] = Path.Combine(dataFolder, "documents"),
            ["Uploads:StorePath"] = Path.Combine(dataFolder, "uploads"),
        });
        var app = builder.Build();
        _apps.Add(app);
        await app.Services.InitializeDatabaseAsync(seedDemo: false);
        app.UseAdrDesk();
        await app.StartAsync();
        return (app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    [Fact]
    public async Task A_backup_taken_while_the_app_writes_restores_into_a_new_folder_where_a_second_app_serves_every_document_as_PDF()
    {
        var (live, _) = await StartAsync(Live);
        var store = live.Services.GetRequiredService<CaseStore>();
        var clock = live.Services.GetRequiredService<TimeProvider>();
        var ruling = await CaseFixtures.NewBindingRulingAsync(store, clock);
        var mediation = await CaseFixtures.NewMediationAsync(store, clock);
        var issuer = live.Services.GetRequiredService<DocumentIssuer>();
        var author = new DocumentAuthor(Guid.NewGuid(), "K. de Boer");
        var rulingNumber = ruling.Number.ToString();
        var issued = new List<StoredDocument>
        {
            await Issue<FilingReceipt, FilingReceiptModel>(Samples.FilingReceipt(DocumentLanguage.Nl) with { CaseNumber = rulingNumber }),
            await Issue<RespondentNotice, RespondentNoticeModel>(Samples.RespondentNotice(DocumentLanguage.Nl) with { CaseNumber = rulingNumber }),
            await Issue<BindingRuling, BindingRulingModel>(Samples.BindingRuling(DocumentLanguage.En) with { CaseNumber = rulingNumber }),
            await Issue<MediationInvitation, MediationInvitationModel>(Samples.MediationInvitation(DocumentLanguage.Nl) with { CaseNumber = mediation.Number.ToString() }),
        };
        var manager = await CreateCaseManagerAsync(live);

        // The backup runs while new cases are being filed.
        // The backup starts once the first of them is in, so it always overlaps the writes (a fast backup on a busy
        // machine could otherwise finish before the first filing and prove nothing).
        using var stop = new CancellationTokenSource();
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var filing = Task.Run(async () =>
        {
            var filed = 0;
            while (!stop.IsCancellationRequested)
            {
                await CaseFixtures.NewBindingRulingAsync(store, clock);
                filed++;
                writing.TrySetResult();
            }
            return filed;
        });
        await writing.Task.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(await BackupCommands.BackupNowIfAskedAsync(live.Services, [BackupCommands.BackupNow, Backups]));
        await stop.CancelAsync();
        Assert.True(await filing > 0);

        var backup = Assert.Single(Directory.GetDirectories(Backups));
        Assert.Empty(BackupRestore.Verify(backup, out var manifest));
        Assert.Contains(manifest!.Files, f => f.Path == "adrdesk.db");
        Assert.Contains("documents", manifest.Folders);
        Assert.True(BackupCommands.RestoreIfAsked([BackupCommands.Restore, backup, Restored]));
        Assert.True(File.Exists(Path.Combine(Restored, "adrdesk.db")));

        var (copy, url) = await StartAsync(Restored);
        await using var db = await copy.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var documents = await db.Set<StoredDocument>().AsNoTracking().ToListAsync();
        Assert.Equal(issued.Select(d => d.Id).Order(), documents.Select(d => d.Id).Order());
        Assert.Equal(2, documents.Select(d => d.CaseNumber).Distinct().Count());

        using var browser = Browser(url);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, manager)).StatusCode);
        foreach (var document in documents)
        {
            var response = await browser.GetAsync(DocumentEndpoints.DownloadUrl(document.Id));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
            Assert.Equal(document.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        }

        async Task<StoredDocument> Issue<TTemplate, TModel>(TModel model)
            where TTemplate : IDocumentTemplate<TModel> where TModel : CaseDocumentModel
        {
            var result = await issuer.IssueAsync<TTemplate, TModel>(model, author);
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal("application/pdf", result.Value.Stored.ContentType);
            return result.Value.Stored;
        }
    }

    [Fact]
    public async Task A_restore_refuses_a_non_empty_target_without_force_and_a_backup_whose_file_changed()
    {
        var (live, _) = await StartAsync(Live);
        var backup = await live.Services.GetRequiredService<BackupWriter>().WriteAsync(Backups);

        Directory.CreateDirectory(Restored);
        await File.WriteAllTextAsync(Path.Combine(Restored, "keep.txt"), "not yours");
        var refused = BackupRestore.Restore(backup, Restored, force: false);
        Assert.False(refused.Restored);
        Assert.False(File.Exists(Path.Combine(Restored, "adrdesk.db")));

        var forced = BackupRestore.Restore(backup, Restored, force: true);
        Assert.True(forced.Restored, string.Join(" ", forced.Lines));
        Assert.True(File.Exists(Path.Combine(Restored, "adrdesk.db")));

        await File.AppendAllTextAsync(Path.Combine(backup, "adrdesk.db"), "x");
        var tampered = BackupRestore.Restore(backup, Path.Combine(_root, "elsewhere"), force: false);
        Assert.False(tampered.Restored);
        Assert.Contains(tampered.Lines, l => l.Contains("adrdesk.db"));
        Assert.False(Directory.Exists(Path.Combine(_root, "elsewhere")));
    }

    [Fact]
    public async Task A_backup_without_its_manifest_is_not_restored_and_pruning_keeps_the_newest_complete_ones()
    {
        var (live, _) = await StartAsync(Live);
        var writer = live.Services.GetRequiredService<BackupWriter>();
        var written = new List<string>();
        for (var i = 0; i < 3; i++) written.Add(await writer.WriteAsync(Backups));
        File.Delete(Path.Combine(written[1], BackupManifest.FileName)); // as if the process died before the manifest

        var half = BackupRestore.Restore(written[1], Restored, force: false);
        Assert.False(half.Restored);
        Assert.Contains(half.Lines, l => l.Contains(BackupManifest.FileName));

        var pruned = writer.Prune(Backups, keep: 1);
        Assert.Equal(written.Take(2).Order(), pruned.Order());
        Assert.Equal([written[2]], Directory.GetDirectories(Backups));
    }

    private static async Task<string> CreateCaseManagerAsync(WebApplication app)
    {
        var email = Guid.NewGuid().ToString("N")[..10] + "@test.adrdesk.nl";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Balie Test", EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, AppHost.TestPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.CaseManager)).Succeeded);
        // Staff work only after a second factor (issue 19 item 3): the manager's app holds the demo key.
        await DemoAccounts.GiveAuthenticatorKeyAsync(users, user, DemoAccounts.AuthenticatorKey);
        return email;
    }

    private static HttpClient Browser(string url) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<t>[^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>The password, then the authenticator's code (staff, issue 19 item 3); the code step's answer is returned.</summary>
    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email)
    {
        var token = TokenField().Match(await client.GetStringAsync("/account/login")).Groups["t"].Value;
        var password = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = AppHost.TestPassword, ["__RequestVerificationToken"] = token,
        }));
        var codePage = password.Headers.Location switch
        {
            null => "",
            { IsAbsoluteUri: true } uri => uri.PathAndQuery,
            var uri => "/" + uri.OriginalString.TrimStart('~', '/'),
        };
        if (!codePage.Contains("login-2fa", StringComparison.Ordinal)) return password;
        var codeToken = TokenField().Match(await client.GetStringAsync(codePage)).Groups["t"].Value;
        return await client.PostAsync(codePage, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "two-factor-code", ["Code"] = Totp.Code(DemoAccounts.AuthenticatorKey), ["__RequestVerificationToken"] = codeToken,
        }));
    }
}
