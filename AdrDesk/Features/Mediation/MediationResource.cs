using System.Globalization;
using System.Resources;

namespace AdrDesk.Features.Mediation;

/// <summary>Marker for the mediation feature's strings: MediationResource.resx (Dutch), .en.resx, .de.resx.</summary>
public sealed class MediationResource;

/// <summary>Mediation strings in a language chosen by the caller: a mail goes out in the recipient's language.</summary>
public static class MediationText
{
    private static readonly ResourceManager Strings = new("AdrDesk.Features.Mediation.MediationResource", typeof(MediationText).Assembly);

    /// <summary>A mail's text with the desk's name for <see cref="Infrastructure.Desk.DeskOptions.NameToken"/>, then formatted.</summary>
    public static string Mail(Infrastructure.Desk.DeskOptions desk, string key, string language, params object[] args)
    {
        var culture = CultureInfo.GetCultureInfo(language is "en" or "de" ? language : "nl");
        var text = desk.FillFormat(Strings.GetString(key, culture) ?? key);
        return args.Length == 0 ? desk.Fill(Strings.GetString(key, culture) ?? key) : string.Format(culture, text, args);
    }

    public static string Get(string key, string language, params object[] args)
    {
        var culture = CultureInfo.GetCultureInfo(language is "en" or "de" ? language : "nl");
        var text = Strings.GetString(key, culture) ?? key;
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
