using System.Text;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Intake.Uploads;
using AdrDesk.Features.Mediation.Agreement;
using AdrDesk.Features.Mediation.Files;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Tests.CaseFile;
using AdrDesk.Tests.Intake;
using AdrDesk.Tests.Mediation;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Files;

/// <summary>
/// Issue 19 item 2: the per-user storage quota (Uploads:QuotaPerUserMb), counted over everything the user stored, is
/// checked by every party upload path before a byte is stored; at the edge the last byte that fits is accepted and one
/// more is refused with <see cref="UploadQuotaExceeded"/>, leaving neither a row nor a file. Staff are exempt.
/// </summary>
public class UploadQuotaTests
{
    private const long OneMb = 1024 * 1024;
    private static readonly Dictionary<string, string?> OneMbQuota = new() { ["Uploads:QuotaPerUserMb"] = "1" };

    /// <summary>
    /// What the user already stored (an intake upload row of <paramref name="bytes"/>): the quota counts every kind, so
    /// the other paths see it too. Returns the row's id, to move the edge by <see cref="ResizeAsync"/>.
    /// </summary>
    private static async Task<Guid> StoredAsync(IServiceProvider services, Guid userId, long bytes)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var row = new IntakeUpload
        {
            Id = Guid.NewGuid(), OwnerUserId = userId, OriginalName = "eerder.pdf", ContentType = "application/pdf", Size = bytes,
            StoredName = $"{Guid.NewGuid():N}.pdf.bin", UploadedAt = DateTimeOffset.UtcNow,
        };
        db.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    private static async Task ResizeAsync(IServiceProvider services, Guid id, long bytes)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        await db.Set<IntakeUpload>().Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Size, bytes));
    }

    private static int FilesIn(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length : 0;

    [Fact]
    public async Task The_quota_is_read_from_configuration_and_is_200_MB_by_default()
    {
        await using (var configured = await ServiceHost.StartAsync(settings: new Dictionary<string, string?> { ["Uploads:QuotaPerUserMb"] = "3" }))
        {
            var quota = configured.Services.GetRequiredService<UploadQuota>();
            Assert.Equal(3, quota.Limits.QuotaPerUserMb);
            var user = Guid.NewGuid();
            await StoredAsync(configured.Services, user, 3 * OneMb - 10);
            Assert.Equal(3 * OneMb - 10, await quota.UsedBytesAsync(user));
            Assert.Equal(0, await quota.UsedBytesAsync(Guid.NewGuid()));
        }
        await using var defaults = await ServiceHost.StartAsync();
        Assert.Equal(200, defaults.Services.GetRequiredService<UploadQuota>().Limits.QuotaPerUserMb);
    }

    [Fact, Trait("Rule", "D13")]
    public async Task D13_Case_file_attachments_of_a_message_and_a_submission_are_refused_over_the_quota_and_nothing_is_stored()
    {
        var world = new CaseFileWorld { Settings = OneMbQuota };
        await world.InitializeAsync();
        try
        {
            var consumer = CaseFileWorld.Consumer;
            var number = await world.NewCaseAsync(S.InformationGathering);
            var file = CaseFileWorld.Pdf(size: 2000);
            var size = file.Content.LongLength;
            var earlier = await StoredAsync(world.Services, consumer.Id, OneMb - size + 1);
            var root = world.Services.GetRequiredService<AttachmentStore>().Root;

            // One byte over: refused with the used and allowed MB, before anything is stored or sent.
            Assert.Equal(new UploadQuotaExceeded(1, 1), (await world.CaseFile.PostMessageAsync(consumer.Principal, number, "Zie bijlage.", [file])).Error);
            Assert.IsType<UploadQuotaExceeded>((await world.CaseFile.AddSubmissionAsync(consumer.Principal, number, "Nog een stuk.", [file])).Error);
            await using (var db = world.Db())
            {
                Assert.Equal(0, await db.Set<CaseAttachment>().CountAsync());
                Assert.Equal(0, await db.Set<CaseMessage>().CountAsync());
            }
            Assert.Equal(0, FilesIn(root));
            // A message without a file still goes: the quota is about storage.
            Assert.True((await world.CaseFile.PostMessageAsync(consumer.Principal, number, "Zonder bijlage.")).IsSuccess);

            // Exactly at the quota: accepted, by both paths of the case file.
            await ResizeAsync(world.Services, earlier, OneMb - 2 * size);
            Assert.True((await world.CaseFile.PostMessageAsync(consumer.Principal, number, "Zie bijlage.", [file])).IsSuccess);
            Assert.True((await world.CaseFile.AddSubmissionAsync(consumer.Principal, number, "Nog een stuk.", [file])).IsSuccess);
            Assert.Equal(OneMb, await world.Services.GetRequiredService<UploadQuota>().UsedBytesAsync(consumer.Id));
            Assert.IsType<UploadQuotaExceeded>((await world.CaseFile.PostMessageAsync(consumer.Principal, number, "Nog één.", [CaseFileWorld.Pdf(size: 1)])).Error);
            Assert.Equal(2, FilesIn(root));

            // The other party has its own quota; staff (the desk) are exempt.
            Assert.True((await world.CaseFile.PostMessageAsync(CaseFileWorld.Webshop.Principal, number, "Reactie.", [file])).IsSuccess);
            await StoredAsync(world.Services, CaseFileWorld.CaseManager.Id, 5 * OneMb);
            Assert.True((await world.CaseFile.PostMessageAsync(CaseFileWorld.CaseManager.Principal, number, "Van de balie.", [file])).IsSuccess);
        }
        finally
        {
            await world.DisposeAsync();
        }
    }

    [Fact]
    public async Task Intake_uploads_are_refused_over_the_quota_by_the_declared_and_the_real_size_and_nothing_is_stored()
    {
        await using var f = await IntakeFixture.StartAsync(OneMbQuota);
        var uploads = f.Get<UploadService>();
        var intake = f.Get<AdrDesk.Features.Intake.IntakeService>();
        var ownerId = Guid.NewGuid();
        var owner = IntakeFixture.Consumer(ownerId);
        await intake.SaveDraftAsync(owner, f.EligibleForm(f.Webshop), 5, false);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%quota\n");
        var earlier = await StoredAsync(f.Services, ownerId, OneMb - pdf.Length + 1);

        Assert.Equal(new UploadQuotaExceeded(1, 1), (await uploads.UploadAsync(owner, Scheme.BindingRuling, false, "bon.pdf", pdf.Length,
            _ => throw new InvalidOperationException("must not be read"))).Error);
        // A client that declares less than it sends is refused by the real size, and its file is gone.
        Assert.IsType<UploadQuotaExceeded>((await uploads.UploadAsync(owner, Scheme.BindingRuling, false, "bon.pdf", 1, _ => new MemoryStream(pdf))).Error);
        Assert.Equal(0, FilesIn(uploads.Limits.StorePath));
        await using (var db = await f.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
            Assert.Equal(1, await db.Set<IntakeUpload>().CountAsync(u => u.OwnerUserId == ownerId));

        await ResizeAsync(f.Services, earlier, OneMb - pdf.Length);
        Assert.True((await uploads.UploadAsync(owner, Scheme.BindingRuling, false, "bon.pdf", pdf.Length, _ => new MemoryStream(pdf))).IsSuccess);
        Assert.Equal(1, FilesIn(uploads.Limits.StorePath));

        // Staff entering a paper form are exempt.
        var desk = IntakeFixture.CaseManager();
        await intake.SaveDraftAsync(desk, f.EligibleForm(f.Webshop), 5, paper: true);
        await StoredAsync(f.Services, Guid.Parse(desk.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value), 5 * OneMb);
        Assert.True((await uploads.UploadAsync(desk, Scheme.BindingRuling, true, "papier.pdf", pdf.Length, _ => new MemoryStream(pdf))).IsSuccess);
    }

    [Fact, Trait("Rule", "M6")]
    public async Task M6_Position_documents_are_refused_over_the_quota_and_nothing_is_stored()
    {
        await using var kit = await MediationKit.StartAsync(OneMbQuota);
        var number = await kit.NewMediationAsync();
        MediationKit.Ok(await kit.Mediations.AcknowledgeAsync(kit.Participant.User, number));
        var pdf = MediationFilesTests.Pdf();
        var earlier = await StoredAsync(kit.Services, kit.Participant.Id, OneMb - pdf.Content.Length + 1);
        var root = kit.Services.GetRequiredService<MediationFileStore>().Root;

        Assert.Equal(new UploadQuotaExceeded(1, 1), (await kit.PositionDocuments.AttachAsync(kit.Participant.User, number, pdf)).Error);
        Assert.Equal(0, await kit.WithDbAsync(db => db.Set<PositionDocument>().CountAsync()));
        Assert.Equal(0, FilesIn(root));

        await ResizeAsync(kit.Services, earlier, OneMb - pdf.Content.Length);
        MediationKit.Ok(await kit.PositionDocuments.AttachAsync(kit.Participant.User, number, pdf));
        Assert.Equal(1, FilesIn(root));
    }

    [Fact, Trait("Rule", "M9")]
    public async Task M9_A_signed_scan_is_refused_over_the_quota_and_nothing_is_stored()
    {
        await using var kit = await MediationKit.StartAsync(OneMbQuota);
        var number = await AgreementServiceTests.InSessionsAsync(kit);
        MediationKit.Ok(await kit.Agreements.RecordOutcomeAsync(kit.Mediator.User, number, AgreementKind.Agreed, "Partijen zijn het eens."));
        MediationKit.Ok(await kit.Agreements.DraftAsync(kit.Mediator.User, number,
            new DraftInput("De levering van 40 fietsen.", "Fietsenwinkel BV betaalt Klant BV € 1.250,00.", "Utrecht")));
        var scan = MediationFilesTests.Pdf("getekend.pdf");
        var earlier = await StoredAsync(kit.Services, kit.Client.Id, OneMb - scan.Content.Length + 1);

        Assert.IsType<UploadQuotaExceeded>((await kit.Scans.UploadAsync(kit.Client.User, number, 1, scan, "192.0.2.9")).Error);
        Assert.Equal(0, await kit.WithDbAsync(db => db.Set<SignedScan>().CountAsync()));

        await ResizeAsync(kit.Services, earlier, OneMb - scan.Content.Length);
        MediationKit.Ok(await kit.Scans.UploadAsync(kit.Client.User, number, 1, scan, "192.0.2.9"));
        Assert.Equal(1, await kit.WithDbAsync(db => db.Set<SignedScan>().CountAsync()));
    }
}
