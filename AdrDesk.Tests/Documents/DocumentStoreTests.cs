using System.Security.Cryptography;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;

namespace AdrDesk.Tests.Documents;

public class DocumentStoreTests
{
    private static readonly DocumentAuthor Author = new(Guid.NewGuid(), "L. Visser");

    private static NewDocument Pdf(Guid id, byte[] content, string caseNumber = Samples.CaseNumber, Guid? supersedes = null) =>
        new(id, caseNumber, DocumentKind.RefusalLetter, DocumentLanguage.Nl, "Beslissing", $"{caseNumber}.pdf", "application/pdf", content, Author, supersedes);

    [Fact]
    public async Task A_saved_document_records_its_sha256_size_and_author_and_reads_back_unchanged()
    {
        await using var fixture = new StoreFixture();
        var content = "%PDF-1.4 sample"u8.ToArray();

        var saved = await fixture.Store.SaveAsync(Pdf(Guid.NewGuid(), content));

        Assert.True(saved.IsSuccess);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), saved.Value.Sha256);
        Assert.Equal(content.Length, saved.Value.Size);
        Assert.Equal(Author.UserId, saved.Value.AuthorId);
        var opened = await fixture.Store.OpenAsync(saved.Value.Id);
        await using var document = opened.Value;
        using var copy = new MemoryStream();
        await document.Content.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task The_store_refuses_to_overwrite_an_issued_document()
    {
        await using var fixture = new StoreFixture();
        var id = Guid.NewGuid();
        await fixture.Store.SaveAsync(Pdf(id, "first"u8.ToArray()));

        var second = await fixture.Store.SaveAsync(Pdf(id, "second"u8.ToArray()));

        Assert.IsType<DocumentAlreadyStoredError>(second.Error);
        await using var opened = (await fixture.Store.OpenAsync(id)).Value;
        Assert.Equal("first", await new StreamReader(opened.Content).ReadToEndAsync());
        Assert.Single(Directory.GetFiles(fixture.Folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Files_are_stored_under_random_names_not_the_download_name()
    {
        await using var fixture = new StoreFixture();
        await fixture.Store.SaveAsync(Pdf(Guid.NewGuid(), "x"u8.ToArray()));

        var file = Assert.Single(Directory.GetFiles(fixture.Folder, "*", SearchOption.AllDirectories));
        Assert.Matches("^[0-9a-f]{32}\\.bin$", Path.GetFileName(file));
    }

    [Fact]
    public async Task A_correction_is_a_new_version_pointing_to_the_old_one()
    {
        await using var fixture = new StoreFixture();
        var original = (await fixture.Store.SaveAsync(Pdf(Guid.NewGuid(), "v1"u8.ToArray()))).Value;

        var correction = await fixture.Store.SaveAsync(Pdf(Guid.NewGuid(), "v2"u8.ToArray(), supersedes: original.Id));

        Assert.Equal(original.Id, correction.Value.SupersedesId);
        Assert.Equal(2, (await fixture.Store.ListAsync(Samples.CaseNumber)).Count);
        Assert.NotNull(await fixture.Store.FindAsync(original.Id)); // the old version stays
    }

    [Fact]
    public async Task Only_the_latest_version_of_the_same_case_can_be_corrected()
    {
        await using var fixture = new StoreFixture();
        var original = (await fixture.Store.SaveAsync(Pdf(Guid.NewGuid(), "v1"u8.ToArray()))).Value;
        await fixture.Store.SaveAsync(Pdf(Guid.NewGuid(), "v2"u8.ToArray(), supersedes: original.Id));

        var twice = await fixture.Store.SaveAsync(Pdf(Guid.NewGuid(), "v3"u8.ToArray(), supersedes: original.Id));
        var otherCase = await fixture.Store.SaveAsync(Pdf(Guid.NewGuid(), "v3"u8.ToArray(), "DD-2026-00099", original.Id));
        var unknown = await fixture.Store.SaveAsync(Pdf(Guid.NewGuid(), "v3"u8.ToArray(), supersedes: Guid.NewGuid()));

        Assert.All([twice, otherCase, unknown], r => Assert.IsType<InvalidCorrectionError>(r.Error));
    }

    [Fact]
    public async Task Opening_an_unknown_id_is_a_named_error()
    {
        await using var fixture = new StoreFixture();
        Assert.IsType<DocumentNotFoundError>((await fixture.Store.OpenAsync(Guid.NewGuid())).Error);
    }
}
