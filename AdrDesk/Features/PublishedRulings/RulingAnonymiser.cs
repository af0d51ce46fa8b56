using System.Text.RegularExpressions;

namespace AdrDesk.Features.PublishedRulings;

/// <summary>What kind of identifying text a replacement took out.</summary>
public enum IdentifyingKind
{
    ConsumerName,
    RepresentativeName,
    CaseData,
    Email,
    Url,
    Iban,
    Phone,
    PostalCode,
    Address,
    OrderNumber,
}

/// <summary>
/// What the case itself knows that identifies someone: the consumer's and the representative's names (replaced wherever
/// they occur, whole words, any case), other known strings (an order number, an e-mail address given at filing), and what
/// must stay (the webshop's name and web addresses: the register is about the webshop, issue 20 item 2).
/// </summary>
public sealed record AnonymisationInput(
    IReadOnlyList<string> ConsumerNames,
    IReadOnlyList<string> RepresentativeNames,
    IReadOnlyList<string> OtherCaseData,
    IReadOnlyList<string> Kept);

/// <summary>The words that stand in for what was taken out, in the ruling's language.</summary>
public sealed record AnonymisationPlaceholders(
    string Consumer, string Representative, string Removed, string Email, string Url, string Iban, string Phone,
    string PostalCode, string Address, string OrderNumber)
{
    public static readonly AnonymisationPlaceholders Dutch = new(
        "[consument]", "[gemachtigde]", "[verwijderd]", "[e-mailadres]", "[webadres]", "[rekeningnummer]", "[telefoonnummer]",
        "[postcode]", "[adres]", "[bestelnummer]");

    public static readonly AnonymisationPlaceholders English = new(
        "[consumer]", "[representative]", "[removed]", "[e-mail address]", "[web address]", "[account number]", "[phone number]",
        "[postal code]", "[address]", "[order number]");

    public string For(IdentifyingKind kind) => kind switch
    {
        IdentifyingKind.ConsumerName => Consumer,
        IdentifyingKind.RepresentativeName => Representative,
        IdentifyingKind.Email => Email,
        IdentifyingKind.Url => Url,
        IdentifyingKind.Iban => Iban,
        IdentifyingKind.Phone => Phone,
        IdentifyingKind.PostalCode => PostalCode,
        IdentifyingKind.Address => Address,
        IdentifyingKind.OrderNumber => OrderNumber,
        _ => Removed,
    };
}

/// <summary>The suggested text and how many replacements of each kind it made (the desk sees both).</summary>
public sealed record AnonymisationSuggestion(string Text, IReadOnlyDictionary<IdentifyingKind, int> Replaced)
{
    public int Total => Replaced.Values.Sum();
}

/// <summary>
/// Issue 20 item 2: a SUGGESTION for the published version of a ruling; a person reads, corrects and approves it
/// (nothing is published by this class). Pure: text in, text out. First the case's own data (names wherever they occur,
/// as whole words in any case, so "Vries" goes but "Vriesland" stays), then patterns for what any text may hold
/// (e-mail, URL, IBAN, phone, postal code, street address, order number). What must stay (the webshop's name) is
/// shielded before and restored after, so a name part it shares is not touched.
/// </summary>
public static partial class RulingAnonymiser
{
    // Dutch and German name particles: "de Vries" is replaced as a whole, but "de" alone is an ordinary word.
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "den", "der", "van", "het", "ter", "ten", "te", "la", "le", "du", "von", "zu", "vom", "da", "di", "del", "dos", "op", "in", "'t",
        "mr", "mr.", "mw", "mw.", "dhr", "dhr.", "mevrouw", "meneer", "heer", "bv", "b.v.", "nv", "n.v.",
    };

    private const string WordStart = @"(?<![\p{L}\p{N}_])";
    private const string WordEnd = @"(?![\p{L}\p{N}_])";

    public static AnonymisationSuggestion Suggest(string? text, AnonymisationInput input, AnonymisationPlaceholders? placeholders = null)
    {
        var words = placeholders ?? AnonymisationPlaceholders.Dutch;
        var counts = new Dictionary<IdentifyingKind, int>();
        if (string.IsNullOrEmpty(text)) return new AnonymisationSuggestion("", counts);

        // Shield what stays: each kept string becomes a private-use token no pattern below matches.
        var shielded = new List<string>();
        var working = text;
        foreach (var kept in input.Kept.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).Distinct().OrderByDescending(k => k.Length))
        {
            working = Regex.Replace(working, WordStart + Regex.Escape(kept) + WordEnd, m =>
            {
                shielded.Add(m.Value);
                return Token(shielded.Count - 1);
            }, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        string Replace(string current, Regex pattern, IdentifyingKind kind, Func<Match, string>? keepPrefix = null) =>
            pattern.Replace(current, m =>
            {
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
                return (keepPrefix?.Invoke(m) ?? "") + words.For(kind);
            });

        // Patterns first that contain what a name search could break up (an e-mail address holds a name).
        working = Replace(working, EmailPattern(), IdentifyingKind.Email);
        working = Replace(working, UrlPattern(), IdentifyingKind.Url);
        working = Replace(working, IbanPattern(), IdentifyingKind.Iban);

        // The case's own data: longest first, so "Sanne de Vries" goes whole before "Vries" alone.
        foreach (var (value, kind) in CaseTerms(input))
        {
            working = Replace(working, new Regex(WordStart + Flexible(value) + WordEnd,
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), kind);
        }

        working = Replace(working, OrderNumberPattern(), IdentifyingKind.OrderNumber, m => m.Groups["label"].Value);
        working = Replace(working, PhonePattern(), IdentifyingKind.Phone);
        working = Replace(working, AddressPattern(), IdentifyingKind.Address);
        working = Replace(working, PostalCodePattern(), IdentifyingKind.PostalCode);

        for (var i = 0; i < shielded.Count; i++) working = working.Replace(Token(i), shielded[i], StringComparison.Ordinal);
        return new AnonymisationSuggestion(working, counts);
    }

    /// <summary>The kinds of identifying text a person must not approve (names, e-mail, phone, account numbers): what blocks approval.</summary>
    public static IReadOnlyList<IdentifyingKind> Remaining(string? text, AnonymisationInput input)
    {
        var blocking = new[] { IdentifyingKind.ConsumerName, IdentifyingKind.RepresentativeName, IdentifyingKind.CaseData, IdentifyingKind.Email,
            IdentifyingKind.Iban, IdentifyingKind.Phone, IdentifyingKind.OrderNumber };
        var found = Suggest(text, input).Replaced;
        return blocking.Where(found.ContainsKey).ToList();
    }

    /// <summary>Each name whole, its surname with particles ("de Vries"), and each name part that is not a particle.</summary>
    private static IEnumerable<(string Value, IdentifyingKind Kind)> CaseTerms(AnonymisationInput input)
    {
        var terms = new Dictionary<string, IdentifyingKind>(StringComparer.OrdinalIgnoreCase);
        void AddName(string name, IdentifyingKind kind)
        {
            var clean = Regex.Replace(name.Trim(), @"\s+", " ");
            if (clean.Length < 2 || clean == Cases.PersonalDataEraser.Erased) return;
            terms.TryAdd(clean, kind);
            var parts = clean.Split(' ');
            for (var i = 1; i < parts.Length; i++)
            {
                if (Particles.Contains(parts[i - 1]) && !Particles.Contains(parts[i])) terms.TryAdd(string.Join(' ', parts[(i - 1)..]), kind);
            }
            foreach (var part in parts.Select(p => p.Trim(',', ';', '.')).Where(p => p.Length >= 2 && !Particles.Contains(p) && p.Any(char.IsLetter)))
            {
                terms.TryAdd(part, kind);
            }
        }
        foreach (var name in input.ConsumerNames.Where(n => !string.IsNullOrWhiteSpace(n))) AddName(name, IdentifyingKind.ConsumerName);
        foreach (var name in input.RepresentativeNames.Where(n => !string.IsNullOrWhiteSpace(n))) AddName(name, IdentifyingKind.RepresentativeName);
        foreach (var value in input.OtherCaseData.Where(v => !string.IsNullOrWhiteSpace(v) && v.Trim().Length >= 3))
        {
            terms.TryAdd(value.Trim(), IdentifyingKind.CaseData);
        }
        return terms.OrderByDescending(t => t.Key.Length).Select(t => (t.Key, t.Value));
    }

    /// <summary>The value as a pattern in which any run of white space matches any other.</summary>
    private static string Flexible(string value) =>
        string.Join(@"\s+", value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));

    private static string Token(int index) => $"\uE000{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}\uE001";

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]+[^\s<>"".,;:!?)]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UrlPattern();

    // ISO 13616: country, check digits, up to 30 letters or digits, often written in groups of four.
    // Capitals only: in lower case the groups of four would swallow the words after it.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IbanPattern();

    // Dutch numbers (0 and nine digits, or +31/0031) and other international ones; a date (01-03-2026) has too few digits.
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?:(?:\+|00)\d{2,3}[\s\-]?(?:\(0\)[\s\-]?)?[1-9](?:[\s\-]?\d){6,10}|0[1-9](?:[\s\-]?\d){8})(?![\p{N}]|[.,]\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PhonePattern();

    // A Dutch postal code: four digits (not starting with 0) and two capitals; "2026 en" (a year and a word) is not one.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[1-9]\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PostalCodePattern();

    // A street and house number: a capitalised word ending in a street word (Dorpsstraat, Van Goghstraat, Hauptstraße) or an
    // English street (Baker Street), then a number; lower case "onderweg 3" is not an address.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'.\-]*\s){0,2}(?:\p{Lu}[\p{L}'.\-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|steeg|dreef|markt|baan|park|plantsoen|straße|strasse|gasse|allee)|Street|Road|Avenue|Lane|Drive|Allee)\s+\d{1,5}(?:[ ]?[a-zA-Z](?![\p{L}])|[\-/]\d{1,4})?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AddressPattern();

    // An order number after its label: "bestelnummer 2024-88812", "order #A-1234", "Bestellnummer: 4711"; the label stays.
    [GeneratedRegex(@"(?<label>(?<![\p{L}])(?:bestel(?:ling)?s?(?:nummer|nr\.?)?|order(?:nummer|nr\.?|[ ]?number|[ ]?no\.?)?|bestellnummer|ordernummer|referentie(?:nummer)?|factuur(?:nummer|nr\.?)?|invoice(?:[ ]?number)?)\s*(?:nummer\s*|nr\.?\s*)?[:#]?\s*)(?=[A-Z0-9\-/]*\d)[A-Z0-9][A-Z0-9\-/]{2,}(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OrderNumberPattern();
}
