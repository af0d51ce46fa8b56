namespace AdrDesk.Infrastructure.Desk;

/// <summary>
/// Configuration section "Desk": the one name of the desk and its postal address. Every screen (the header, each
/// page's title), every mail (the sender's name, the signature) and every document (the letterhead, the PDF's
/// author, where paper forms go, D6 and D21) takes the name from here, so that renaming the desk is one setting.
/// In Infrastructure so that the shell, the mailer and the features can all read it.
/// </summary>
public sealed class DeskOptions
{
    public const string Section = "Desk";

    public string Name { get; set; } = "AdrDesk";
    public string Street { get; set; } = "Postbus 1234";
    public string PostalCode { get; set; } = "2500 AA";
    public string City { get; set; } = "Den Haag";
    public string Email { get; set; } = "info@adrdesk.example";
    public string Website { get; set; } = "www.adrdesk.example";

    /// <summary>
    /// Where a text (a resx value, a template's sentence) names the desk, it writes this token instead of a name, so that
    /// the name is the one setting; <c>DeskNameTests</c> fails on a resx value that spells a name out.
    /// </summary>
    public const string NameToken = "{desk}";

    /// <summary>The text with the desk's name in place of <see cref="NameToken"/>.</summary>
    public string Fill(string text) => text.Replace(NameToken, Name, StringComparison.Ordinal);

    /// <summary>The name as the start of a download's file name: lower case, letters and digits, words joined by hyphens.</summary>
    public string FileSlug
    {
        get
        {
            var words = System.Text.RegularExpressions.Regex.Split(Name.Normalize(System.Text.NormalizationForm.FormD).ToLowerInvariant(), "[^a-z0-9]+")
                .Where(w => w.Length > 0).ToArray();
            return words.Length == 0 ? "desk" : string.Join('-', words);
        }
    }

    /// <summary>As <see cref="Fill"/>, for a text that string.Format reads afterwards: braces in the name stay literal.</summary>
    public string FillFormat(string text) =>
        text.Replace(NameToken, Name.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), StringComparison.Ordinal);
}
