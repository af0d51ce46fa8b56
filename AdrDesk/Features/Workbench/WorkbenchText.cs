using System.Globalization;
using System.Resources;
using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Workbench;

/// <summary>Marker for the workbench's UI strings: WorkbenchResource.resx (Dutch, the default), .en.resx, .de.resx.</summary>
public sealed class WorkbenchResource;

/// <summary>Workbench strings in a language chosen by the caller: mail to a party goes out in the procedure language (D8).</summary>
public static class WorkbenchText
{
    private static readonly ResourceManager Strings = new("AdrDesk.Features.Workbench.WorkbenchResource", typeof(WorkbenchText).Assembly);

    public static string Get(string key, Language language, params object[] args)
    {
        var culture = CultureInfo.GetCultureInfo(language.ToString().ToLowerInvariant());
        var text = Strings.GetString(key, culture) ?? key;
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    /// <summary>A mail's body: the text under <paramref name="key"/>, signed with the desk's one name (setting Desk:Name).</summary>
    public static string MailBody(string key, Language language, string deskName, params object[] args) =>
        Get(key, language, args) + "\n\n" + Get("Mail.Signature", language, deskName);
}
