using AdrDesk.Features.Documents.Models;
using Microsoft.AspNetCore.Components;

namespace AdrDesk.Features.Documents;

/// <summary>
/// A Razor document template: a component with a <c>Model</c> parameter that also tells, without an
/// instance, which document it produces, in which languages (D8), and the title for a model (which
/// becomes the HTML &lt;title&gt;, the PDF title and the stored document's title).
/// </summary>
public interface IDocumentTemplate<TModel> : IComponent where TModel : DocumentModel
{
    static abstract DocumentKind Kind { get; }
    static abstract IReadOnlyList<DocumentLanguage> Languages { get; }
    static abstract string TitleFor(TModel model);
}

/// <summary>The language sets the templates use, named by the rule behind them.</summary>
public static class TemplateLanguages
{
    /// <summary>D8: a dispute may be filed in Dutch, English or German; mediation (M) has no language rule.</summary>
    public static readonly IReadOnlyList<DocumentLanguage> All = [DocumentLanguage.Nl, DocumentLanguage.En, DocumentLanguage.De];

    /// <summary>D8: the procedure runs in Dutch, or English if the consumer asks.</summary>
    public static readonly IReadOnlyList<DocumentLanguage> Procedure = [DocumentLanguage.Nl, DocumentLanguage.En];
}
