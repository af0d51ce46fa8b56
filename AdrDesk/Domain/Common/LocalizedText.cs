namespace AdrDesk.Domain.Common;

/// <summary>One user-facing text in the languages AdrDesk speaks, Dutch first.</summary>
/// <remarks>
/// D8: German is a filing language only. Eligibility texts (shown at filing) carry all three;
/// procedure texts carry Dutch and English, and a German reader gets the English text.
/// </remarks>
public sealed record LocalizedText(string Nl, string En, string? De = null)
{
    public string For(Language language) => language switch
    {
        Language.Nl => Nl,
        Language.De => De ?? En,
        _ => En,
    };
}
