namespace AdrDesk.Features.Documents.Models;

/// <summary>The languages documents are written in. D8: filing in NL, EN or DE; the procedure runs in NL, or EN on the consumer's request.</summary>
public enum DocumentLanguage
{
    Nl,
    En,
    De,
}
