using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Documents.Models;

/// <summary>The languages documents are written in. D8: filing in NL, EN or DE; the procedure runs in NL, or EN on the consumer's request.</summary>
public enum DocumentLanguage
{
    Nl,
    En,
    De,
}

public static class DocumentLanguages
{
    /// <summary>The same language as the Domain names it, for the text catalogue and DisplayFormat.</summary>
    public static Language ToLanguage(this DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Language.Nl,
        DocumentLanguage.En => Language.En,
        DocumentLanguage.De => Language.De,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };
}
