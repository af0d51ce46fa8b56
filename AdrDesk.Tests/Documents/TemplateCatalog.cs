using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Templates;

namespace AdrDesk.Tests.Documents;

/// <summary>Every template with its sample, so a theory can walk all (template, language) pairs.</summary>
public static class TemplateCatalog
{
    public sealed record Entry(
        DocumentKind Kind,
        IReadOnlyList<DocumentLanguage> Languages,
        bool HasCase,
        Func<DocumentRenderer, DocumentLanguage, Task<Result<RenderedDocument>>> Render);

    public static readonly IReadOnlyList<Entry> All =
    [
        Of<BlankIntakeForm, BlankIntakeFormModel>(Samples.BlankIntakeForm, hasCase: false),
        Of<FilingReceipt, FilingReceiptModel>(Samples.FilingReceipt),
        Of<RespondentNotice, RespondentNoticeModel>(Samples.RespondentNotice),
        Of<RefusalLetter, RefusalLetterModel>(Samples.Refusal),
        Of<InformationRequest, InformationRequestModel>(Samples.InformationRequest),
        Of<DossierCompleteNotice, DossierCompleteNoticeModel>(Samples.DossierComplete),
        Of<ExtensionNotice, ExtensionNoticeModel>(Samples.Extension),
        Of<BindingRuling, BindingRulingModel>(Samples.BindingRuling),
        Of<FormalReminder, FormalReminderModel>(Samples.FormalReminder),
        Of<MediationInvitation, MediationInvitationModel>(Samples.MediationInvitation),
        Of<SettlementAgreement, SettlementAgreementModel>(Samples.SettlementAgreement),
    ];

    public static Entry For(DocumentKind kind) => All.Single(e => e.Kind == kind);

    public static TheoryData<DocumentKind, DocumentLanguage> Offered()
    {
        var data = new TheoryData<DocumentKind, DocumentLanguage>();
        foreach (var entry in All)
            foreach (var language in entry.Languages)
                data.Add(entry.Kind, language);
        return data;
    }

    public static TheoryData<DocumentKind, DocumentLanguage> NotOffered()
    {
        var data = new TheoryData<DocumentKind, DocumentLanguage>();
        foreach (var entry in All)
            foreach (var language in Enum.GetValues<DocumentLanguage>().Except(entry.Languages))
                data.Add(entry.Kind, language);
        return data;
    }

    private static Entry Of<TTemplate, TModel>(Func<DocumentLanguage, TModel> sample, bool hasCase = true)
        where TTemplate : IDocumentTemplate<TModel>
        where TModel : DocumentModel =>
        new(TTemplate.Kind, TTemplate.Languages, hasCase, (renderer, language) => renderer.RenderHtmlAsync<TTemplate, TModel>(sample(language)));
}
