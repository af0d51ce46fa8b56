using System.Net;
using Microsoft.AspNetCore.Components;

namespace AdrDesk.Features.Documents.Layout;

/// <summary>
/// Puts case values into a sentence of a template's texts: "{0}" placeholders become the encoded
/// values, set in bold and kept on one line, so that a deadline or an amount stands out and never
/// breaks across lines. The sentences are the templates' own constants, never user input.
/// </summary>
public static class Fill
{
    public static MarkupString In(string sentence, params string[] values)
    {
        var encoded = WebUtility.HtmlEncode(sentence);
        var filled = string.Format(System.Globalization.CultureInfo.InvariantCulture, encoded,
            values.Select(v => (object)$"<strong class=\"value\">{WebUtility.HtmlEncode(v)}</strong>").ToArray());
        return new MarkupString(filled);
    }
}
