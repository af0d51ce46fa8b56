namespace AdrDesk.Features.Documents.Models;

/// <summary>Every document AdrDesk issues; one Razor template each (issue 4, item 2).</summary>
public enum DocumentKind
{
    BlankIntakeForm,
    FilingReceipt,
    RespondentNotice,
    RefusalLetter,
    InformationRequest,
    DossierCompleteNotice,
    ExtensionNotice,
    BindingRuling,
    FormalReminder,
    MediationInvitation,
    SettlementAgreement,
    CertificationMarkNotice,
}
