using System.Globalization;
using System.Resources;

namespace AdrDesk.Resources;

/// <summary>
/// Shared strings in a language chosen by the caller rather than the request: a mail goes out in
/// the recipient's language, whatever language the person who caused it was using.
/// </summary>
public static class Text
{
    private static readonly ResourceManager Strings = new("AdrDesk.Resources.SharedResource", typeof(Text).Assembly);

    public static string Get(string key, string language) =>
        Strings.GetString(key, CultureInfo.GetCultureInfo(language)) ?? key;
}
