using System.Globalization;

namespace AdrDesk.Domain.Common;

/// <summary>"24,99", "24.99", "€ 1.234,56": what people type, read as euro; unreadable input is null (then "required").</summary>
public static class AmountParser
{
    public static decimal? Parse(string? input)
    {
        var text = (input ?? "").Replace("€", "").Replace(" ", "").Trim();
        if (text.Length == 0) return null;
        var lastComma = text.LastIndexOf(',');
        var lastDot = text.LastIndexOf('.');
        // The last separator followed by one or two digits is the decimal one; the other is grouping.
        if (lastComma > lastDot) text = text.Replace(".", "").Replace(',', '.');
        else text = text.Replace(",", "");
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
