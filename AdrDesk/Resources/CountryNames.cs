namespace AdrDesk.Resources;

/// <summary>Country names as the filer picked them (issue 18 item 2: "Nederland", not "NL"); the code itself when unknown.</summary>
public static class CountryNames
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("NL", "Nederland"), ("BE", "België / Belgique"), ("DE", "Deutschland"), ("AT", "Österreich"), ("BG", "България"),
        ("HR", "Hrvatska"), ("CY", "Κύπρος"), ("CZ", "Česko"), ("DK", "Danmark"), ("EE", "Eesti"), ("FI", "Suomi"),
        ("FR", "France"), ("GR", "Ελλάδα"), ("HU", "Magyarország"), ("IE", "Ireland"), ("IT", "Italia"), ("LV", "Latvija"),
        ("LT", "Lietuva"), ("LU", "Luxembourg"), ("MT", "Malta"), ("PL", "Polska"), ("PT", "Portugal"), ("RO", "România"),
        ("SK", "Slovensko"), ("SI", "Slovenija"), ("ES", "España"), ("SE", "Sverige"),
        ("GB", "United Kingdom"), ("CH", "Schweiz / Suisse"), ("NO", "Norge"), ("TR", "Türkiye"), ("US", "United States"),
        ("MA", "Maroc"), ("SR", "Suriname"),
    ];

    public static string Name(string? code) =>
        All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)).Name ?? code ?? "";

    private static readonly Dictionary<string, (string Nl, string En, string De)> InLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NL"] = ("Nederland", "the Netherlands", "Niederlande"),
        ["BE"] = ("België", "Belgium", "Belgien"),
        ["DE"] = ("Duitsland", "Germany", "Deutschland"),
        ["AT"] = ("Oostenrijk", "Austria", "Österreich"),
        ["BG"] = ("Bulgarije", "Bulgaria", "Bulgarien"),
        ["HR"] = ("Kroatië", "Croatia", "Kroatien"),
        ["CY"] = ("Cyprus", "Cyprus", "Zypern"),
        ["CZ"] = ("Tsjechië", "Czechia", "Tschechien"),
        ["DK"] = ("Denemarken", "Denmark", "Dänemark"),
        ["EE"] = ("Estland", "Estonia", "Estland"),
        ["FI"] = ("Finland", "Finland", "Finnland"),
        ["FR"] = ("Frankrijk", "France", "Frankreich"),
        ["GR"] = ("Griekenland", "Greece", "Griechenland"),
        ["HU"] = ("Hongarije", "Hungary", "Ungarn"),
        ["IE"] = ("Ierland", "Ireland", "Irland"),
        ["IT"] = ("Italië", "Italy", "Italien"),
        ["LV"] = ("Letland", "Latvia", "Lettland"),
        ["LT"] = ("Litouwen", "Lithuania", "Litauen"),
        ["LU"] = ("Luxemburg", "Luxembourg", "Luxemburg"),
        ["MT"] = ("Malta", "Malta", "Malta"),
        ["PL"] = ("Polen", "Poland", "Polen"),
        ["PT"] = ("Portugal", "Portugal", "Portugal"),
        ["RO"] = ("Roemenië", "Romania", "Rumänien"),
        ["SK"] = ("Slowakije", "Slovakia", "Slowakei"),
        ["SI"] = ("Slovenië", "Slovenia", "Slowenien"),
        ["ES"] = ("Spanje", "Spain", "Spanien"),
        ["SE"] = ("Zweden", "Sweden", "Schweden"),
        ["GB"] = ("Verenigd Koninkrijk", "United Kingdom", "Vereinigtes Königreich"),
        ["CH"] = ("Zwitserland", "Switzerland", "Schweiz"),
        ["NO"] = ("Noorwegen", "Norway", "Norwegen"),
        ["TR"] = ("Turkije", "Türkiye", "Türkei"),
        ["US"] = ("Verenigde Staten", "United States", "Vereinigte Staaten"),
        ["MA"] = ("Marokko", "Morocco", "Marokko"),
        ["SR"] = ("Suriname", "Suriname", "Suriname"),
    };

    /// <summary>The country's name in the reader's language (issue 18 item 2: "Nederland", "the Netherlands", "Niederlande"); the code when unknown.</summary>
    public static string Name(string? code, AdrDesk.Domain.Common.Language language) =>
        code is not null && InLanguage.TryGetValue(code, out var n)
            ? language switch { AdrDesk.Domain.Common.Language.En => n.En, AdrDesk.Domain.Common.Language.De => n.De, _ => n.Nl }
            : code ?? "";
}
