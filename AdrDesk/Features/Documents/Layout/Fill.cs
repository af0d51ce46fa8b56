using System.Net;
using Microsoft.AspNetCore.Components;

namespace AdrDesk.Features.Documents.Layout;

/// <summary>
/// Puts case values into a sentence of a template's texts: "{0}" placeholders become the encoded
/// values, set in bold and kept on one line, so that a deadline or an amount stands out and never
/// breaks across lines. A long value (free text such as the dispute in a settlement agreement) is bold but
/// wraps: kept on one line it would run off the page and be cut mid-word (issue 20 item 4).
/// The sentences are the templates' own constants, never user input.
/// </summary>
public static class Fill
{
    /// <summary>Longer than this, a value wraps; a date or an amount in words stays well below it.</summary>
    public const int KeepTogetherUpTo = 40;

    public static MarkupString In(string sentence, params string[] values)
    {
        var encoded = WebUtility.HtmlEncode(sentence);
        var filled = string.Format(System.Globalization.CultureInfo.InvariantCulture, encoded,
            values.Select(v => (object)$"<strong class=\"{(v.Length > KeepTogetherUpTo ? "value long" : "value")}\">{WebUtility.HtmlEncode(v)}</strong>").ToArray());
        return new MarkupString(filled);
    }
}
