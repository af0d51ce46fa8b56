using System.Text;
using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Mediation;
using AdrDesk.Features.Mediation.Files;
using Microsoft.EntityFrameworkCore;
using static AdrDesk.Tests.Mediation.MediationKit;

namespace AdrDesk.Tests.Mediation;

/// <summary>M6: documents with a position, private to the mediator until the exchange; the upload checks.</summary>
public class MediationFilesTests
{
    internal static MediationUpload Pdf(string name = "factuur.pdf", string body = "factuur 2026-17") =>
        new(name, Encoding.ASCII.GetBytes($"%PDF-1.4\n% {body}\n%%EOF\n"));

    internal static MediationUpload Png(string name = "foto.png") =>
        new(name, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

    /// <summary>Both parties acknowledged (M2), nothing exchanged yet.</summary>
    private static async Task<string> AcknowledgedAsync(MediationKit kit)
    {
        var number = await kit.NewMediationAsync();
        Ok(await kit.Mediations.AcknowledgeAsync(kit.Participant.User, number));
        Ok(await kit.Mediations.AcknowledgeAsync(kit.Client.User, number));
        return number;
    }

    [Fact]
    [Trait("Rule", "M6")]
    public async Task M6_Position_documents_stay_with_the_mediator_until_the_exchange_then_both_parties_read_both()
    {
        await using var kit = await StartAsync();
        var number = await AcknowledgedAsync(kit);
        var invoice = Ok(await kit.PositionDocuments.AttachAsync(kit.Participant.User, number, Pdf()));
        var photo = Ok(await kit.PositionDocuments.AttachAsync(kit.Client.User, number, Png()));

        // Before the exchange: each party lists and opens only its own; the other's id (known or guessed) is not found.
        Assert.Equal([invoice], Ok(await kit.PositionDocuments.ListAsync(kit.Participant.User, number)).Select(d => d.Id));
        Assert.Equal([photo], Ok(await kit.PositionDocuments.ListAsync(kit.Client.User, number)).Select(d => d.Id));
        Assert.IsType<MediationFileNotFound>((await kit.PositionDocuments.OpenAsync(kit.Client.User, number, invoice)).Error);
        Assert.IsType<MediationFileNotFound>((await kit.PositionDocuments.OpenAsync(kit.Participant.User, number, photo)).Error);
        Assert.IsType<MediationFileNotFound>((await kit.PositionDocuments.OpenAsync(kit.Participant.User, number, Guid.NewGuid())).Error);
        Assert.Equal(2, Ok(await kit.PositionDocuments.ListAsync(kit.Mediator.User, number)).Count);
        var opened = Ok(await kit.PositionDocuments.OpenAsync(kit.Mediator.User, number, invoice));
        Assert.Equal(("application/pdf", "factuur.pdf"), (opened.ContentType, opened.FileName));
        Assert.Equal(Pdf().Content, opened.Content);
        // Someone outside the case, and the other mediator, get "not found" for the case itself.
        Assert.True((await kit.PositionDocuments.OpenAsync(kit.Stranger.User, number, invoice)).IsFailure);
        Assert.True((await kit.PositionDocuments.OpenAsync(kit.OtherMediator.User, number, invoice)).IsFailure);

        Ok(await kit.Mediations.SubmitPositionAsync(kit.Participant.User, number, "Geleverd."));
        Ok(await kit.Mediations.SubmitPositionAsync(kit.Client.User, number, "Te laat."));
        Assert.IsType<NotAllowedInMediation>((await kit.Mediations.ExchangePositionsAsync(kit.Client.User, number)).Error);
        Assert.IsType<MediationFileNotFound>((await kit.PositionDocuments.OpenAsync(kit.Client.User, number, invoice)).Error);
        Ok(await kit.Mediations.ExchangePositionsAsync(kit.Mediator.User, number));

        // After the exchange: both read both; a guessed id is still not found; no more documents are added.
        Assert.Equal(2, Ok(await kit.PositionDocuments.ListAsync(kit.Client.User, number)).Count);
        Assert.Equal(Pdf().Content, Ok(await kit.PositionDocuments.OpenAsync(kit.Client.User, number, invoice)).Content);
        Ok(await kit.PositionDocuments.OpenAsync(kit.Participant.User, number, photo));
        Assert.IsType<MediationFileNotFound>((await kit.PositionDocuments.OpenAsync(kit.Client.User, number, Guid.NewGuid())).Error);
        Assert.IsType<PositionDocumentsClosed>((await kit.PositionDocuments.AttachAsync(kit.Client.User, number, Pdf("laat.pdf"))).Error);

        var audit = await kit.WithDbAsync(db => db.Set<AdrDesk.Domain.Cases.AuditEntry>().Where(a => a.CaseNumber == number)
            .OrderBy(a => EF.Property<int>(a, "Sequence")).Select(a => a.Action).ToListAsync());
        Assert.Equal(2, audit.Count(a => a == "AttachPositionDocument"));
        Assert.Contains("ExchangePositions", audit);
    }

    [Fact]
    [Trait("Rule", "M6")]
    public async Task Uploads_are_checked_by_their_first_bytes_and_size_before_anything_is_stored()
    {
        await using var kit = await StartAsync();
        var number = await AcknowledgedAsync(kit);
        var exe = new MediationUpload("factuur.pdf", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0]);
        Assert.IsType<UploadTypeNotAllowed>((await kit.PositionDocuments.AttachAsync(kit.Participant.User, number, exe)).Error);
        Assert.IsType<UploadTypeNotAllowed>((await kit.PositionDocuments.AttachAsync(kit.Participant.User, number, exe with { FileName = "factuur.png" })).Error);
        Assert.IsType<UploadTypeNotAllowed>((await kit.PositionDocuments.AttachAsync(kit.Participant.User, number, new MediationUpload("leeg.pdf", []))).Error);
        var large = new byte[MediationFileStore.MaxBytes + 1];
        "%PDF-1.4"u8.CopyTo(large);
        Assert.IsType<UploadTooLarge>((await kit.PositionDocuments.AttachAsync(kit.Participant.User, number, new MediationUpload("groot.pdf", large))).Error);
        Assert.IsType<OnlyPartiesMayDoThis>((await kit.PositionDocuments.AttachAsync(kit.Mediator.User, number, Pdf())).Error);
        Assert.Empty(await kit.WithDbAsync(db => db.Set<PositionDocument>().ToListAsync()));

        for (var i = 0; i < MediationFileStore.MaxDocumentsPerParty; i++)
            Ok(await kit.PositionDocuments.AttachAsync(kit.Participant.User, number, Pdf($"bijlage-{i}.pdf")));
        Assert.IsType<TooManyPositionDocuments>((await kit.PositionDocuments.AttachAsync(kit.Participant.User, number, Pdf())).Error);

        // Issue 19 item 6: the name is never trusted over the bytes: a PDF named "tool.exe" (with a right-to-left
        // override) is kept and served as a PDF, without the bidi control.
        var renamed = Ok(await kit.PositionDocuments.AttachAsync(kit.Client.User, number, Pdf("tool_\u202Efdp.exe")));
        var served = Ok(await kit.PositionDocuments.OpenAsync(kit.Mediator.User, number, renamed));
        Assert.Equal(("application/pdf", "tool_fdp.pdf"), (served.ContentType, served.FileName));

        // Stored outside wwwroot under a random name, never the uploaded one.
        var row = await kit.WithDbAsync(db => db.Set<PositionDocument>().FirstAsync());
        Assert.Matches("^[0-9a-f]{32}\\.bin$", row.StorageName);
        Assert.True(File.Exists(Path.Combine(kit.Host.Folder, "mediation-files", row.StorageName[..2], row.StorageName)));
        Assert.DoesNotContain("wwwroot", kit.Host.Folder);
    }
}
