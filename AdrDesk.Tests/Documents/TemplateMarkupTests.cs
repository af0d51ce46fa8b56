using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Resources;

namespace AdrDesk.Tests.Documents;

/// <summary>Static markup of every template in each of its languages (HtmlRenderer, no browser).</summary>
[Collection(DocumentsCollection.Name)]
public class TemplateMarkupTests(DocumentsFixture fixture)
{
    [Theory]
    [MemberData(nameof(TemplateCatalog.Offered), MemberType = typeof(TemplateCatalog))]
    public async Task Every_template_renders_a_complete_page_in_each_of_its_languages(DocumentKind kind, DocumentLanguage language)
    {
        var entry = TemplateCatalog.For(kind);
        var result = await entry.Render(fixture.Renderer, language);

        Assert.True(result.IsSuccess, result.Error?.Message(Language.En));
        var html = System.Net.WebUtility.HtmlDecode(result.Value.Html); // HtmlRenderer writes ü as &#252;
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains($"<html lang=\"{DisplayFormat.LanguageTag(language.ToLanguage())}\">", html);
        Assert.Contains($"<title>{result.Value.Title}</title>", html);
        Assert.Contains("AdrDesk", html);
        Assert.Contains("@page", html); // print.css inlined
        Assert.DoesNotContain("{0}", html); // every placeholder filled
        if (entry.HasCase)
            Assert.Contains(result.Value.CaseNumber!, html);
    }

    [Theory]
    [Trait("Rule", "D8")]
    [MemberData(nameof(TemplateCatalog.NotOffered), MemberType = typeof(TemplateCatalog))]
    public async Task A_language_the_procedure_does_not_run_in_is_a_named_error(DocumentKind kind, DocumentLanguage language)
    {
        var result = await TemplateCatalog.For(kind).Render(fixture.Renderer, language);

        var error = Assert.IsType<LanguageNotOfferedError>(result.Error);
        Assert.Equal(kind, error.Kind);
    }

    [Fact]
    [Trait("Rule", "D8")]
    public void A_ruling_is_offered_in_Dutch_and_English_only() =>
        Assert.Equal([DocumentLanguage.Nl, DocumentLanguage.En], TemplateCatalog.For(DocumentKind.BindingRuling).Languages);
}
