namespace AdrDesk.Features.Documents.Models;

/// <summary>D6: the paper version of the online questionnaire. It has no case yet; the date is the form's edition.</summary>
public sealed record BlankIntakeFormModel : DocumentModel;
