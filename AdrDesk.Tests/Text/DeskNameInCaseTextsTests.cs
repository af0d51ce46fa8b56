using System.Text.RegularExpressions;
using System.Xml.Linq;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Mediation;
using AdrDesk.Features.Mediation.Agreement;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Desk;
using AdrDesk.Tests.Documents;
using AdrDesk.Tests.Support;
using AdrDesk.Tests.Workbench;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Text;

/// <summary>
/// Issue 14 item 8: the desk's one name (Desk:Name) in the texts of a case, not only in the header and the letterhead:
/// a mediation mail's sentence, the signed agreement's signature record and a refusal letter signed by the desk itself.
/// And no resx value spells a name out: it writes {desk} (<see cref="DeskOptions.NameToken"/>) where the name goes.
/// </summary>
public sealed partial class DeskNameInCaseTextsTests : IAsyncLifetime
{
    private const string Name = "Geschillenloket Zuidwest";
    private WorkbenchKit _kit = default!;

    public async Task InitializeAsync() => _kit = await WorkbenchKit.StartAsync(new Dictionary<string, string?>
    {
        ["Desk:Name"] = Name,
        ["Documents:PrintCssPath"] = DocumentsFixture.RepoFile("wwwroot-assets/css/print.css"),
    });

    public async Task DisposeAsync() => await _kit.DisposeAsync();

    [Theory, Trait("Rule", "M6")]
    [InlineData("nl", "Lees haar in")]
    [InlineData("en", "Read it in")]
    [InlineData("de", "Lesen Sie ihn in")]
    public void A_mediation_mail_names_the_desk_by_the_setting(string language, string sentence)
    {
        var mail = _kit.Get<MediationMail>();
        var to = new MediationRecipient(Guid.NewGuid(), Guid.NewGuid(), "Mark Jansen", "mark@example.nl", language);

        var drafted = Assert.Single(mail.Compose([to], "Mail.AgreementDrafted", "MB-2026-00001", DateTimeOffset.UtcNow, _ => [2]));

        Assert.Contains($"{sentence} {Name}", drafted.TextBody);
        Assert.DoesNotContain("AdrDesk", drafted.TextBody + drafted.Subject);
        Assert.DoesNotContain(DeskOptions.NameToken, drafted.TextBody);
    }

    [Theory, Trait("Rule", "M9")]
    [InlineData(DocumentLanguage.Nl, "Elke partij heeft in")]
    [InlineData(DocumentLanguage.En, "Each party signed in")]
    [InlineData(DocumentLanguage.De, "Jede Partei hat in")]
    public async Task The_signed_agreement_names_the_desk_by_the_setting(DocumentLanguage language, string sentence)
    {
        var model = new SignedAgreementModel
        {
            Language = language, Date = Samples.Today, CaseNumber = "MB-2026-00001",
            Agreement = Samples.SettlementAgreement(language),
            Signatures =
            [
                new SignatureLine("Fietsonderdelen Online B.V.", "Mark Jansen", "mark@example.nl", DateTimeOffset.UtcNow, "127.0.0.1", new string('a', 64), 1),
            ],
        };

        var html = await _kit.Get<DocumentRenderer>().RenderHtmlAsync<SignedAgreementTemplate, SignedAgreementModel>(model);

        Assert.True(html.IsSuccess, html.Error?.Code);
        // What a reader sees: the print style sheet's comments are not text of the document.
        var text = System.Net.WebUtility.HtmlDecode(StyleSheet().Replace(html.Value.Html, ""));
        Assert.Contains($"{sentence} {Name}", text);
        Assert.DoesNotContain("AdrDesk", text);
    }

    [Fact, Trait("Rule", "D26")]
    public async Task A_refusal_letter_the_desk_itself_signs_carries_the_setting()
    {
        var c = await _kit.FiledCaseAsync();
        var n = c.Number.ToString();
        var desk = _kit.Get<DeskService>();
        ResultAssert.Ok(await desk.StartScreeningAsync(_kit.Desk.Principal, n));
        ResultAssert.Ok(await desk.RefuseAsync(_kit.Desk.Principal, n, [new RefusalInput("D25b", "Het gebrek is een kras van 2 mm.")]));
        c = await _kit.LoadAsync(c);

        // As after a lapsed consent (D25g): the letter is written by the system, signed in the desk's name.
        var letters = _kit.Services.GetServices<IRefusalLetters>().Single();
        var issued = ResultAssert.Ok(await letters.IssueAsync(c, Actor.System));

        await using var opened = ResultAssert.Ok(await _kit.Get<IDocumentStore>().OpenAsync(issued.Document.Id));
        using var content = new MemoryStream();
        await opened.Content.CopyToAsync(content);
        var text = Regex.Replace(await Poppler.TextAsync(content.ToArray()), @"\s+", " ");
        Assert.Contains(Name, text);
        Assert.DoesNotContain("AdrDesk", text);
    }

    [Theory]
    [InlineData("AdrDesk", "adrdesk")]
    [InlineData(Name, "geschillenloket-zuidwest")]
    [InlineData("Geschillencommissie Café & Co.", "geschillencommissie-cafe-co")]
    public void Downloads_are_named_after_the_desk(string name, string slug) =>
        Assert.Equal(slug, new DeskOptions { Name = name }.FileSlug);

    [Fact]
    public void No_resx_value_spells_out_the_desks_name()
    {
        var root = Path.GetDirectoryName(DocumentsFixture.RepoFile("AdrDesk/AdrDesk.csproj"))!;
        var offending = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            foreach (var data in XDocument.Load(file).Root!.Elements("data"))
            {
                var value = data.Element("value")?.Value ?? "";
                if (value.Contains("AdrDesk", StringComparison.OrdinalIgnoreCase))
                    offending.Add($"{Path.GetRelativePath(root, file)}: {data.Attribute("name")?.Value}");
            }
        }
        Assert.True(offending.Count == 0, $"write {DeskOptions.NameToken} instead of the name in:\n" + string.Join("\n", offending));
    }

    [GeneratedRegex("<style[^>]*>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleSheet();
}
