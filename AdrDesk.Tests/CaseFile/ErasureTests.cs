using Microsoft.Extensions.Time.Testing;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AdrDesk.Tests.CaseFile.CaseFileWorld;

namespace AdrDesk.Tests.CaseFile;

/// <summary>D24: erasing a case's personal data also removes what is stored on disk for it, and the case file's rows.</summary>
public sealed class ErasureTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly string _files = Path.Combine(Path.GetTempPath(), "adrdesk-tests", "erasure-" + Guid.NewGuid().ToString("N")[..8]);
    private ServiceHost _host = default!;

    public async Task InitializeAsync() => _host = await ServiceHost.StartAsync(s => s.AddSingleton<TimeProvider>(_clock), new Dictionary<string, string?>
    {
        ["CaseFile:AttachmentPath"] = Path.Combine(_files, "attachments"),
        ["Documents:StorePath"] = Path.Combine(_files, "documents"),
        ["Uploads:StorePath"] = Path.Combine(_files, "uploads"),
    });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        AppHost.TryDelete(_files);
    }

    private T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    private string[] FilesOnDisk => Directory.Exists(_files) ? Directory.GetFiles(_files, "*", SearchOption.AllDirectories) : [];

    [Fact, Trait("Rule", "D24")]
    public async Task D24_Erasure_deletes_the_documents_attachments_and_uploads_of_the_case_from_disk_and_the_case_files_rows()
    {
        var store = Get<CaseStore>();
        var created = await store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n,
            Party.Consumer(Consumer.Name, Consumer.Id).Value, Party.Business("Fietsenwinkel BV", Webshop.Id, ShopOrg).Value,
            PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, Consumer.Actor, _clock));
        var number = created.Value.Number;
        var text = number.ToString();
        Assert.True((await store.UpdateAsync<BindingRulingCase>(number, c => c.Submit(Consumer.Actor, _clock, true))).IsSuccess);
        // What a case collects on disk: a message attachment, an issued document, an intake upload.
        var caseFile = Get<CaseFileService>();
        Assert.True((await caseFile.PostMessageAsync(Consumer.Principal, text, "Mijn adres is Dorpsstraat 1.", [Pdf("bon.pdf")])).IsSuccess);
        var issued = await Get<IDocumentStore>().SaveAsync(new NewDocument(Guid.CreateVersion7(), text, DocumentKind.FilingReceipt, DocumentLanguage.Nl,
            "Ontvangstbevestiging", "ontvangst.pdf", "application/pdf", "%PDF-1.7 Sanne de Vries"u8.ToArray(), new DocumentAuthor(Consumer.Id, Consumer.Name)));
        Assert.True(issued.IsSuccess);
        var uploadFolder = Path.Combine(_files, "uploads");
        Directory.CreateDirectory(uploadFolder);
        await File.WriteAllTextAsync(Path.Combine(uploadFolder, "u-1234"), "%PDF-1.7 foto");
        await using (var db = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
        {
            db.Add(new IntakeUpload
            {
                Id = Guid.NewGuid(), OwnerUserId = Consumer.Id, CaseNumber = text, OriginalName = "foto.pdf", ContentType = "application/pdf",
                Size = 12, StoredName = "u-1234", UploadedAt = _clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }
        Assert.Equal(3, FilesOnDisk.Length);
        var sweeper = Get<ErasedCaseFiles>();
        Assert.Equal(0, (await sweeper.RunOnceAsync()).Cases); // not erased: nothing is touched

        Assert.True((await caseFile.WithdrawAsync(Consumer.Principal, text, "Opgelost.")).IsSuccess);
        _clock.Advance(TimeSpan.FromDays(2 * 366));
        Assert.True((await store.UpdateAsync<BindingRulingCase>(number, c => c.EraseData(Actor.System, _clock))).IsSuccess);
        var round = await sweeper.RunOnceAsync();

        Assert.Equal(1, round.Cases);
        Assert.Equal(3, round.Files);
        Assert.Empty(FilesOnDisk);
        await using var check = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        Assert.False(await check.Set<CaseAttachment>().AnyAsync(a => a.CaseNumber == text));
        Assert.False(await check.Set<StoredDocument>().AnyAsync(d => d.CaseNumber == text));
        Assert.False(await check.Set<IntakeUpload>().AnyAsync(u => u.CaseNumber == text));
        Assert.False(await check.Set<CaseMessage>().AnyAsync(m => m.CaseNumber == text));
        Assert.False(await check.Set<UserNotification>().AnyAsync(n => n.CaseNumber == text));
        Assert.Equal(0, (await sweeper.RunOnceAsync()).Cases);
    }

    [Fact, Trait("Rule", "D24")]
    public async Task D24_Another_cases_files_stay()
    {
        var store = Get<CaseStore>();
        var created = await store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n,
            Party.Consumer(Consumer.Name, Consumer.Id).Value, Party.Business("Fietsenwinkel BV", Webshop.Id, ShopOrg).Value,
            PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, Consumer.Actor, _clock));
        var text = created.Value.Number.ToString();
        Assert.True((await store.UpdateAsync<BindingRulingCase>(created.Value.Number, c => c.Submit(Consumer.Actor, _clock, true))).IsSuccess);
        Assert.True((await Get<CaseFileService>().PostMessageAsync(Consumer.Principal, text, "Bijlage.", [Pdf("bon.pdf")])).IsSuccess);

        Assert.Equal(0, (await Get<ErasedCaseFiles>().RunOnceAsync()).Cases);
        Assert.Single(FilesOnDisk);
        await using var check = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        Assert.True(await check.Set<CaseAttachment>().AnyAsync(a => a.CaseNumber == text));
    }
}
