using System.Text;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Resources;

namespace AdrDesk.Tests.Documents;

/// <summary>Every template in each of its languages as a PDF: tagged, A4, fonts embedded, metadata, running header and footer.</summary>
[Collection(DocumentsCollection.Name)]
public class PdfOutputTests(DocumentsFixture fixture)
{
    [Theory]
    [MemberData(nameof(TemplateCatalog.Offered), MemberType = typeof(TemplateCatalog))]
    public async Task Every_template_prints_to_a_tagged_A4_pdf_with_embedded_fonts(DocumentKind kind, DocumentLanguage language)
    {
        var (pdf, text) = await PdfDocuments.RenderAsync(fixture, kind, language);

        var info = await Poppler.InfoAsync(pdf);
        Assert.Contains("Tagged:          yes", info);
        Assert.Matches(@"Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)", info);
        Assert.Contains("Author:          AdrDesk", info);
        Assert.Contains($"/Lang ({DisplayFormat.LanguageTag(language.ToLanguage())})", Encoding.Latin1.GetString(pdf));

        var fonts = (await Poppler.FontsAsync(pdf)).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+$", line)); // emb sub uni

        Assert.Contains("AdrDesk", text); // header: the desk's name (Desk:Name)
        Assert.Contains(DisplayFormat.LongDate(Samples.Today, language.ToLanguage()), text); // footer: the document's date
        var pages = language switch { DocumentLanguage.Nl => "Pagina 1 van", DocumentLanguage.De => "Seite 1 von", _ => "Page 1 of" };
        Assert.Contains(pages, text);
        if (TemplateCatalog.For(kind).HasCase)
            Assert.Contains(kind is DocumentKind.MediationInvitation or DocumentKind.SettlementAgreement ? Samples.MediationCaseNumber : Samples.CaseNumber, text);
    }

    [Fact]
    public async Task The_pdf_title_is_the_documents_title_and_the_subject_its_case()
    {
        var (pdf, _) = await PdfDocuments.RenderAsync(fixture, DocumentKind.RefusalLetter, DocumentLanguage.De);

        var info = await Poppler.InfoAsync(pdf);
        Assert.Contains("Title:           Entscheidung: Streitigkeit nicht angenommen", info);
        Assert.Contains($"Subject:         Aktenzeichen {Samples.CaseNumber}", info);
    }
}
